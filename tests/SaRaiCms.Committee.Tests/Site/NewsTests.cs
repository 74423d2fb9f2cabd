using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Tests.Site.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Tests.Site;

[Collection(SaraiSiteCollection.Name)]
public sealed class NewsTests(SaraiSite site)
{
    private const string Title = "Đảng bộ thị trấn Sa Rài sơ kết công tác 6 tháng đầu năm 2023";

    [Fact]
    public async Task Home_shows_the_meeting_news_featured_and_the_other_sections()
    {
        var page = await site.GetAsync("/");

        Assert.Equal("Đảng bộ thị trấn Sa Rài", page.Text("h1"));
        Assert.Equal("Đảng bộ thị trấn Sa Rài", page.Document.Title);
        var featured = page.Document.QuerySelector(".news-featured a")!;
        Assert.Equal((Title, SaraiSite.NewsPath), (featured.TextContent.Trim(), featured.GetAttribute("href")));
        Assert.Equal("29/6/2023", page.Text(".news-featured time"));
        Assert.StartsWith("Chiều 28/6/2023", page.Text(".news-featured .lead"));
        Assert.Contains("Thị trấn Sa Rài trở thành một phần của xã Tân Hồng", page.Texts(".home-news .card-title"));
        Assert.Contains("Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023", page.Texts(".home-meetings .card-title"));
        Assert.Contains("Chiều ngày 28 tháng 6 năm 2023", page.Texts(".home-meetings time"));

        // The Sa Rài committee ended on 30/6/2025: its leaders as of that day, secretary first.
        Assert.Equal("Lãnh đạo Đảng bộ thị trấn Sa Rài", page.Text("#home-leaders"));
        Assert.Contains("30/6/2025", page.Text(".home-leaders .page-note"));
        Assert.Equal(["Đinh Văn Dũng", "Nguyễn Văn A", "Trần Thị B"], page.Texts(".home-leaders .leader-name"));
        Assert.Equal("Bí thư Đảng ủy thị trấn", page.Texts(".home-leaders .leader-titles")[0]);

        Assert.Contains("45-NQ/ĐU", page.Texts(".home-documents .doc-number"));
        Assert.NotNull(page.Document.QuerySelector(".home-documents a[href='/van-ban']"));
        Assert.NotNull(page.Document.QuerySelector(".home-tasks a[href='/nhiem-vu?trang-thai=Overdue']"));
    }

    [Fact]
    public async Task News_list_is_paged_newest_first_with_linked_summary_titles()
    {
        var page = await site.GetAsync("/tin-tuc");

        Assert.Equal("Tin tức", page.Text("h1"));
        Assert.Equal(
            ["Thị trấn Sa Rài trở thành một phần của xã Tân Hồng", "Hội Nông dân thị trấn Sa Rài bước vào nhiệm kỳ 2023–2028", Title],
            page.Texts(".news-summary h2"));
        Assert.Equal(["1/7/2025", "30/6/2023", "29/6/2023"], page.Texts(".news-summary time"));
        Assert.Equal(["Tất cả", "Xây dựng Đảng", "Kinh tế - xã hội", "Mặt trận và đoàn thể"], page.Texts("nav.chips a"));
        Assert.Null(page.Document.QuerySelector(".pager"));
    }

    [Theory]
    [InlineData("xay-dung-dang")]
    [InlineData("cat-xay-dung-dang")]
    public async Task A_category_is_found_by_slug_or_id(string category)
    {
        var page = await site.GetAsync("/tin-tuc?chuyen-muc=" + category);

        Assert.Equal("Xây dựng Đảng", page.Text("h1"));
        Assert.Equal([Title], page.Texts(".news-summary h2"));
        Assert.Equal("Xây dựng Đảng", page.Text("nav.chips a[aria-current=page]"));
        Assert.Equal(["Trang chủ", "Tin tức", "Xây dựng Đảng"], page.Texts("nav.breadcrumbs li"));
        Assert.Equal("http://localhost/tin-tuc?chuyen-muc=xay-dung-dang", page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Article_shows_lead_body_byline_date_related_items_and_share_links()
    {
        var page = await site.GetAsync(SaraiSite.NewsPath);
        var article = page.Document.QuerySelector("article.news-article")!;

        Assert.Equal(Title, page.Text("h1"));
        Assert.Equal("29/6/2023", page.Text(".article-meta time"));
        Assert.StartsWith("Chiều 28/6/2023, Đảng bộ thị trấn Sa Rài họp sơ kết", page.Text(".article-lead"));
        Assert.Contains("1.380 cơ sở bán lẻ", page.Text(".article-body"));
        Assert.Equal("Trương Quốc Lê", page.Text(".byline"));
        Assert.Equal(["Trang chủ", "Tin tức", "Xây dựng Đảng", Title], page.Texts("nav.breadcrumbs li"));
        Assert.Equal("article", PageChecks.Meta(page.Document, "og:type"));
        Assert.StartsWith("Chiều 28/6/2023", PageChecks.Meta(page.Document, "og:description"));

        Assert.Equal("/hoi-nghi/so-ket-6-thang-dau-nam-2023", article.QuerySelector(".related dd a")!.GetAttribute("href"));
        Assert.Equal(["Đinh Văn Dũng", "Lê Thị Lê Thủy"], page.Texts(".related dd:nth-of-type(2) li"));
        Assert.Contains("45-NQ/ĐU: Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023 (mẫu)", page.Texts(".related li"));

        var url = Uri.EscapeDataString("http://localhost" + SaraiSite.NewsPath);
        Assert.Equal("https://zalo.me/share?url=" + url, article.QuerySelector("a.share-zalo")!.GetAttribute("href"));
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + url, article.QuerySelector("a.share-facebook")!.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", article.QuerySelector("a.share-zalo")!.GetAttribute("rel"));
        Assert.Equal(SaraiSite.NewsPath + "?print=1", article.QuerySelector("a.print-link")!.GetAttribute("href"));
        Assert.Matches(@"^Lượt xem: [\d.]+$", page.Text(".views").TrimStart(' ', '·').Trim());

        // The News part's own fields are not repeated as generic "label: value" shapes.
        Assert.Null(article.QuerySelector(".field-Lead, .field-Byline, .field-Featured"));
    }

    [Fact]
    public async Task Reading_an_article_counts_the_view_without_making_a_content_version()
    {
        // The page may come from the output cache, so its script counts the read (data-view-beacon).
        var versionsBefore = await VersionsAsync();
        var page = await site.GetAsync(SaraiSite.NewsPath);
        var beacon = page.Document.QuerySelector(".views")!.GetAttribute("data-view-beacon")!;
        Assert.Equal(NewsPages.ViewBeaconPath(SaraiSite.NewsId), beacon);
        Assert.NotNull(page.Document.QuerySelector("script[src$='/news/views.js']"));
        var shown = long.Parse(page.Text(".views [data-view-count]").Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture);

        async Task<long> CountAsync()
        {
            using var response = await site.Client.PostAsync(beacon, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("views").GetInt64();
        }

        var first = await CountAsync();
        var second = await CountAsync();
        var printed = await site.GetAsync(SaraiSite.NewsPath + "?print=1");

        Assert.Equal(shown + 1, first);
        Assert.Equal(first + 1, second);
        // The print view is not another read: no beacon address (Razor writes data- attributes even when empty).
        Assert.Null(printed.Document.QuerySelector("[data-view-beacon]:not([data-view-beacon=''])"));
        Assert.Equal(versionsBefore, await VersionsAsync());
        var stored = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<NewsViewCount>()
            .Where(c => c.ContentItemId == SaraiSite.NewsId).Select(c => c.Views).SingleAsync());
        Assert.Equal(second, stored);
    }

    private Task<List<string>> VersionsAsync()
        => site.Factory.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>()
            .Where(i => i.ContentItemId == SaraiSite.NewsId).OrderBy(i => i.Id).Select(i => i.ContentItemVersionId + (i.Published ? "+p" : "") + (i.Latest ? "+l" : "")).ToListAsync());

    [Fact]
    public async Task The_theme_summary_title_view_overrides_the_contents_module_view()
    {
        var page = await site.GetAsync("/tin-tuc");

        // Contents' TitlePart.Summary renders <h2 class="content-title">Title</h2>; the theme's links it.
        var titles = page.Document.QuerySelectorAll(".news-summary h2.content-title");
        Assert.Equal(3, titles.Length);
        Assert.All(titles, h => Assert.Equal("SaRaiCms.CommitteeTheme", h.GetAttribute("data-theme")));
        Assert.Equal(SaraiSite.NewsPath, page.Document.QuerySelector($".news-summary h2 a[href='{SaraiSite.NewsPath}']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_page_number_is_clamped_to_the_last_page()
    {
        var page = await site.GetAsync("/tin-tuc?page=99");
        Assert.Equal(3, page.Document.QuerySelectorAll(".news-summary").Length);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
    }
}
