using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;
using SaRaiCms.Testing;

namespace SaRaiCms.Security.Tests;

/// <summary>
/// Every state-changing endpoint the host serves (found in its endpoint data source), posted by
/// a signed-in administrator as a forged cross-site form would: with the session cookies but
/// without the antiforgery token. Each must answer 400 and change nothing.
/// </summary>
public sealed class AntiforgeryTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    [Fact]
    public async Task Every_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var admin = site.Client("admin");
        var draftId = await CreateDraftAsync(admin);
        var before = await SnapshotAsync();
        var posts = EndpointDiscovery.All(site.Site.Services).Where(e => e.ChangesState && !EndpointDiscovery.IntentionallyPublic.ContainsKey(e.ToString())).ToList();
        Assert.Contains(posts, e => e.Pattern == "/admin/contents/bulk");
        Assert.Contains(posts, e => e.Pattern == "/logout");

        var wrong = new List<string>();
        foreach (var endpoint in posts)
        {
            // Real targets, and the fields the real form sends, so that only the token is missing.
            var url = endpoint.Url(name => name.Contains("type", StringComparison.OrdinalIgnoreCase) ? "News" : draftId);
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["submitAction"] = "publish",
                    ["bulkAction"] = "delete",
                    ["ids"] = draftId,
                    ["TitlePart.Title"] = "Tin giả mạo",
                    ["News.Lead.Text"] = "Sapô giả mạo",
                    ["HtmlBodyPart.Html"] = "<p>Giả mạo</p>",
                    ["comment"] = "Giả mạo",
                    ["culture"] = "en",
                    ["returnUrl"] = "/admin",
                    ["UserName"] = "admin",
                    ["Password"] = SiteFactory.AdminPassword,
                }),
            };
            using var response = await admin.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                wrong.Add($"{endpoint} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, "Accepted without a token:\n" + string.Join("\n", wrong));
        Assert.Equal(before, await SnapshotAsync());
        // The forged /logout did not sign the administrator out, nor did /admin/culture switch the admin to English.
        var (dashboard, page) = await admin.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    private static async Task<string> CreateDraftAsync(Browser admin)
    {
        var (response, _) = await admin.SubmitAsync("/admin/contents/new/News", "form.content-edit", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Bản nháp để thử chống giả mạo",
            ["News.Lead.Text"] = "Sapô.",
            ["HtmlBodyPart.Html"] = "<p>Nội dung.</p>",
        }, "submitAction", "save");
        return Browser.RedirectTarget(response)!.Split('/')[3];
    }

    /// <summary>Every content version with its state: any created, published, removed or edited item changes it.</summary>
    private Task<string> SnapshotAsync()
        => site.Site.InScopeAsync(async services =>
        {
            var rows = await services.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>()
                .OrderBy(i => i.ContentItemVersionId)
                .Select(i => i.ContentItemVersionId + ":" + i.Latest + ":" + i.Published + ":" + i.DisplayText)
                .ToListAsync();
            return string.Join("\n", rows);
        });
}
