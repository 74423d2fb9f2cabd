using AngleSharp;
using AngleSharp.Dom;
using SaRaiCms.Contents.Tests.Infrastructure;

namespace SaRaiCms.Contents.Tests.Display;

/// <summary>
/// The showcase item served at its path by the real host (ItemController, the module's views),
/// read back with AngleSharp: every part's and field's display view, sanitising included.
/// </summary>
[Collection(ContentsSiteCollection.Name)]
public sealed class PublicPageTests(ContentsSite site)
{
    private async Task<IDocument> GetAsync(string path)
    {
        using var client = site.Factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    private static string Text(IDocument page, string selector)
        => (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}.")).TextContent.Trim();

    [Fact]
    public async Task Showcase_page_renders_the_parts()
    {
        var page = await GetAsync("/trung-bay");

        Assert.Equal("Trang trưng bày", Text(page, "h1.content-title"));

        // Markdown body: rendered, the script and the javascript: link gone.
        var body = page.QuerySelector(".markdown-body")!;
        Assert.Equal("Giới thiệu", body.QuerySelector("h1")!.TextContent);
        Assert.Equal("nội dung", body.QuerySelector("strong")!.TextContent);

        Assert.Equal("Thân bài HTML", Text(page, ".content-body:not(.markdown-body) p"));

        // Bag: each slide as a summary; list: the two newest published posts and a pager.
        Assert.Equal(["Slide một", "Slide hai"], page.QuerySelectorAll(".bag-Gallery article h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Bài ba", "Bài hai"], page.QuerySelectorAll(".list-part article h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("?page=2", page.QuerySelector(".list-part .pager a[rel=next]")!.GetAttribute("href"));

        // Taxonomy part: its own terms.
        Assert.Equal(["Mục riêng"], page.QuerySelectorAll(".taxonomy-terms li").Select(li => li.TextContent.Trim()));

        // The route is where the page is, not something on it; no editor leaks into the display.
        Assert.Empty(page.QuerySelectorAll("input, textarea, select"));
    }

    [Fact]
    public async Task Showcase_page_renders_the_fields()
    {
        var page = await GetAsync("/trung-bay");

        Assert.Equal("1.380", Text(page, ".field-Population .field-value"));
        Assert.Equal("45,45", Text(page, ".field-Area .field-value"));
        Assert.Equal("Có", Text(page, ".field-Active .field-value"));
        Assert.Equal("Đang hoạt động:", Text(page, ".field-Active .field-label"));

        Assert.Equal("19/05/2024", Text(page, ".field-Day time"));
        Assert.Equal("2024-05-19", page.QuerySelector(".field-Day time")!.GetAttribute("datetime"));
        Assert.Equal("19/05/2024 08:30", Text(page, ".field-Start time"));
        Assert.Equal("2024-05-19T01:30:00Z", page.QuerySelector(".field-Start time")!.GetAttribute("datetime"));
        Assert.Equal("07:30", Text(page, ".field-At time"));

        Assert.Equal("Ghi chú của chi bộ", Text(page, ".field-Notes p"));
        Assert.Empty(page.QuerySelectorAll("[onerror], [onclick]"));
        Assert.Equal("Tóm tắt", Text(page, ".field-Summary em"));

        var website = page.QuerySelector(".field-Website a")!;
        Assert.Equal("https://sarai.example.vn/", website.GetAttribute("href"));
        Assert.Equal("Cổng thông tin", website.TextContent);
        Assert.Equal("_blank", website.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", website.GetAttribute("rel"));

        Assert.Equal(["Đảng bộ", "Sa Rài"], page.QuerySelectorAll(".field-Tags li").Select(li => li.TextContent));

        // Related: the published post, linked; the missing item and the draft are left out.
        var related = page.QuerySelectorAll(".field-Related a");
        Assert.Equal([("Bài một", "/bai-viet/bai-mot")], related.Select(a => (a.TextContent, a.GetAttribute("href"))));
        Assert.Equal("/bai-viet/bai-hai", page.QuerySelector(".field-Featured a")!.GetAttribute("href"));

        // No public display for user ids.
        Assert.Null(page.QuerySelector(".field-Reviewers"));
        Assert.DoesNotContain("4admin0000000000000000000a", page.Body!.InnerHtml);

        Assert.Equal(["Kinh tế", "Y tế"], page.QuerySelectorAll(".field-Topics li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Media_renders_images_with_alt_text_links_for_other_files_and_drops_unsafe_paths()
    {
        var page = await GetAsync("/trung-bay");
        var media = page.QuerySelector(".field-Photos")!;

        Assert.Equal(
            [("/media/images/hoi-nghi.jpg", "Hội nghị Đảng bộ"), ("https://cdn.example.vn/anh.png", "Ảnh từ CDN")],
            media.QuerySelectorAll("img").Select(img => (img.GetAttribute("src"), img.GetAttribute("alt"))));
        Assert.Equal([("/media/docs/nghi-quyet.pdf", "Nghị quyết")], media.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)));
        Assert.DoesNotContain("passwd", media.InnerHtml);
        Assert.DoesNotContain("insecure", media.InnerHtml);
    }

    [Fact]
    public async Task Scripts_and_script_urls_from_content_never_reach_the_page()
    {
        var page = await GetAsync("/trung-bay");
        var content = page.QuerySelector("article.content-showcase")!;

        Assert.Empty(content.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[href^='javascript:' i], [src^='javascript:' i]"));
        Assert.Null(page.QuerySelector(".field-BadLink"));
        Assert.DoesNotContain("Bấm vào đây", page.Body!.TextContent);

        // Removed, not shown to readers as text either.
        Assert.DoesNotContain("alert(", content.TextContent);
        Assert.DoesNotContain("<script", content.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_second_page_shows_the_oldest_post_and_never_the_draft()
    {
        var page = await GetAsync("/trung-bay?page=2");

        Assert.Equal(["Bài một"], page.QuerySelectorAll(".list-part article h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("?page=1", page.QuerySelector(".list-part .pager a[rel=prev]")!.GetAttribute("href"));
        Assert.DoesNotContain("Bài nháp", page.Body!.TextContent);
    }

    [Fact]
    public async Task Home_page_summaries_show_neither_list_children_nor_bag_items()
    {
        var page = await GetAsync("/");

        var showcase = page.QuerySelector("article.content-showcase")!;
        Assert.Equal("Trang trưng bày", showcase.QuerySelector("h2")!.TextContent.Trim());
        Assert.Null(showcase.QuerySelector(".list-part"));
        Assert.Null(showcase.QuerySelector(".bag-part"));
        Assert.Null(showcase.QuerySelector(".markdown-body"));
    }
}
