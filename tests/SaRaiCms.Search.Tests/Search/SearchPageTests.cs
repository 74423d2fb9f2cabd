using System.Net;
using AngleSharp.Html.Parser;
using SaRaiCms.Search.Tests.Infrastructure;
using SaRaiCms.Testing;

namespace SaRaiCms.Search.Tests.Search;

/// <summary>The public page, GET /search, through the real HTTP pipeline.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private SiteFactory _site = null!;

    public async Task InitializeAsync() => _site = await SearchSite.StartWithContentAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page, string Html)> GetAsync(string url)
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), html);
    }

    private static string Q(string query) => "/search?q=" + Uri.EscapeDataString(query);

    [Fact]
    public async Task An_empty_query_shows_just_the_form_in_the_public_layout()
    {
        var (status, page, _) = await GetAsync("/search");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        Assert.NotNull(page.QuerySelector("label[for=search-q]"));
        Assert.Null(page.QuerySelector(".search-results"));
        Assert.Null(page.QuerySelector(".search-message"));
        Assert.NotNull(page.QuerySelector("a.skip"));
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Results_show_count_links_dates_and_highlighted_snippets()
    {
        var (status, page, _) = await GetAsync(Q("sa rai"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tìm thấy 1 kết quả cho “sa rai”.", page.Body!.TextContent);
        var result = Assert.Single(page.QuerySelectorAll(".search-results > li"));
        var link = result.QuerySelector("h2 a")!;
        Assert.Equal("/tin-tuc/dang-bo-sa-rai-so-ket-6-thang", link.GetAttribute("href"));
        Assert.Equal(["Sa", "Rài"], link.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains("Tin tức · 29/6/2023", result.QuerySelector(".search-meta")!.TextContent);
        Assert.Equal("sa rai", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Snippets_are_safe_html()
    {
        var (_, page, html) = await GetAsync(Q("alert script"));
        var snippet = page.QuerySelector(".search-snippet")!;
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent);
        Assert.Empty(page.QuerySelectorAll(".search-results script"));
        Assert.All(snippet.Children, e => Assert.Equal("MARK", e.TagName));
        Assert.DoesNotContain("<script>alert", html);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("***")]
    [InlineData(";--")]
    [InlineData("' OR 1=1")]
    [InlineData("title:(sa")]
    [InlineData("sa AND OR NOT")]
    [InlineData("/regex[/")]
    [InlineData("\\")]
    [InlineData("~?*")]
    [InlineData("[a TO")]
    [InlineData("%00")]
    public async Task Any_query_gives_a_page_with_a_friendly_message(string query)
    {
        var (status, page, html) = await GetAsync(Q(query));
        Assert.Equal(HttpStatusCode.OK, status);
        var messages = page.QuerySelectorAll(".search-message, .search-notice").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(messages);
        Assert.Contains(messages, m => m.Contains("tìm", StringComparison.OrdinalIgnoreCase) || m.Contains("ngoặc kép", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public async Task What_was_typed_is_shown_encoded()
    {
        var (status, page, html) = await GetAsync(Q("<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public async Task Only_punctuation_says_there_is_nothing_to_look_for()
    {
        var (_, page, _) = await GetAsync(Q("***"));
        Assert.Contains("Không có chữ hay số nào để tìm", page.QuerySelector(".search-message")!.TextContent);
        var (_, unbalanced, _) = await GetAsync(Q("\"hòa giải"));
        Assert.Contains("ngoặc kép chưa được đóng", unbalanced.QuerySelector(".search-notice")!.TextContent);
        Assert.Single(unbalanced.QuerySelectorAll(".search-results > li"));
    }

    [Fact]
    public async Task Results_can_be_filtered_by_type()
    {
        var (_, all, _) = await GetAsync(Q("năm"));
        var filters = all.QuerySelectorAll("nav[aria-label='Lọc theo mục'] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Văn bản (1)", "/search?q=n%C4%83m&type=Resolution"), filters);
        Assert.Contains(all.QuerySelectorAll("select[name=type] option"), o => o.GetAttribute("value") == "Resolution" && o.TextContent == "Văn bản");

        var (_, filtered, _) = await GetAsync("/search?q=n%C4%83m&type=Resolution");
        var hits = filtered.QuerySelectorAll(".search-results > li");
        Assert.Single(hits);
        Assert.Contains("Văn bản", hits[0].QuerySelector(".search-meta")!.TextContent);
        Assert.Equal("page", filtered.QuerySelector("a[href='/search?q=n%C4%83m&type=Resolution']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Bad_paging_parameters_are_ignored()
    {
        var (status, page, _) = await GetAsync(Q("sa rai") + "&page=abc&type=");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(page.QuerySelectorAll(".search-results > li"));
        var (farStatus, far, _) = await GetAsync(Q("sa rai") + "&page=999999");
        Assert.Equal(HttpStatusCode.OK, farStatus);
        Assert.Single(far.QuerySelectorAll(".search-results > li"));
    }
}
