using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Security.Tests;

/// <summary>
/// Search boxes and list filters with quotes, semicolons and SQL fragments: the page answers
/// normally, shows no database error, leaks no draft, and the data is still all there afterwards.
/// </summary>
public sealed class FilterInjectionTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    public static readonly string[] Inputs =
    [
        "'",
        "\"",
        "';",
        "' OR '1'='1",
        "\" OR \"\"=\"",
        "1; DROP TABLE ContentItemIndex; --",
        "') UNION SELECT Document FROM Document --",
        "%' OR 1=1 --",
        "_%",
        "\\'; SELECT pg_sleep(0); --",
        "Nghị quyết' --",
        "<script>alert(1)</script>",
    ];

    public static readonly string[] Urls =
    [
        "/search?q=",
        "/van-ban?so=",
        "/van-ban?loai=",
        "/tin-tuc?chuyen-muc=",
        "/nhiem-vu?trang-thai=",
        "/admin/contents?q=",
        "/admin/contents?type=",
        "/admin/contents?owner=",
        "/admin/contents?sort=",
    ];

    private const string DraftTitle = "Bản nháp bí mật chưa xuất bản";

    [Fact]
    public async Task Filters_with_sql_fragments_answer_normally_and_leak_nothing()
    {
        await CreateDraftAsync();
        var before = await CountAsync();
        var wrong = new List<string>();
        foreach (var url in Urls)
        {
            foreach (var input in Inputs)
            {
                var client = site.Client(url.StartsWith("/admin", StringComparison.Ordinal) ? "admin" : SecuritySite.Anonymous);
                var address = url + Uri.EscapeDataString(input);
                var (response, page) = await client.GetAsync(address);
                var text = page.Body?.TextContent ?? "";
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                {
                    wrong.Add($"{address}: {(int)response.StatusCode}");
                }
                else if (text.Contains("SQLite", StringComparison.OrdinalIgnoreCase) || text.Contains("Npgsql", StringComparison.OrdinalIgnoreCase)
                         || text.Contains("syntax error", StringComparison.OrdinalIgnoreCase) || text.Contains("Exception", StringComparison.Ordinal))
                {
                    wrong.Add($"{address}: shows a database error");
                }
                else if (!url.StartsWith("/admin", StringComparison.Ordinal) && text.Contains(DraftTitle, StringComparison.Ordinal))
                {
                    wrong.Add($"{address}: shows an unpublished draft");
                }
                else if (page.QuerySelector("script:not([src])") is not null)
                {
                    wrong.Add($"{address}: the input came back as a script");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_always_true_fragment_in_the_admin_search_matches_nothing()
    {
        const string Rows = ".content-list a.title[href$='/edit']";
        var (_, everything) = await site.Client("admin").GetAsync("/admin/contents");
        Assert.NotEmpty(everything.QuerySelectorAll(Rows));

        var (response, page) = await site.Client("admin").GetAsync("/admin/contents?q=" + Uri.EscapeDataString("' OR '1'='1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(Rows));
    }

    private async Task CreateDraftAsync()
        => await site.Client("admin").SubmitAsync("/admin/contents/new/News", "form.content-edit", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = DraftTitle,
            ["News.Lead.Text"] = "Sapô của bản nháp.",
            ["HtmlBodyPart.Html"] = "<p>Nội dung.</p>",
        }, "submitAction", "save");

    private Task<int> CountAsync()
        => site.Site.InScopeAsync(services => services.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().CountAsync());
}
