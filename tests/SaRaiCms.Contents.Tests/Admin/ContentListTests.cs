using System.Net;
using AngleSharp.Dom;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

public sealed class ContentListTests(EditorialSite site) : IClassFixture<EditorialSite>
{
    private static IReadOnlyList<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelectorAll(".content-list li a.title").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task The_list_filters_by_type_and_status_and_pages_in_the_database()
    {
        using var editor = await site.SignInAsync("bientap");
        var draft = await EditorialSite.CreateNewsAsync(editor, "Tin nháp để lọc trạng thái");
        var published = await EditorialSite.CreateNewsAsync(editor, "Tin đã đăng để lọc trạng thái", "publish");

        var (_, drafts) = await editor.GetAsync("/admin/contents?type=News&status=Draft");
        Assert.Contains("Tin nháp để lọc trạng thái", Titles(drafts));
        Assert.DoesNotContain("Tin đã đăng để lọc trạng thái", Titles(drafts));

        var (_, live) = await editor.GetAsync("/admin/contents?type=News&status=Published");
        Assert.Contains("Tin đã đăng để lọc trạng thái", Titles(live));
        Assert.DoesNotContain("Tin nháp để lọc trạng thái", Titles(live));

        var (_, meetings) = await editor.GetAsync("/admin/contents?type=Meeting");
        Assert.NotEmpty(Titles(meetings));
        Assert.DoesNotContain("Tin nháp để lọc trạng thái", Titles(meetings));

        // 20 a page; the recipe alone has more items than that.
        var (_, first) = await editor.GetAsync("/admin/contents");
        Assert.Equal(20, Titles(first).Count);
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/admin/contents?page=2", next);
        var (_, second) = await editor.GetAsync(next!);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        _ = (draft, published);
    }

    [Fact]
    public async Task The_list_sorts_by_title()
    {
        using var editor = await site.SignInAsync("bientap");
        var (_, page) = await editor.GetAsync("/admin/contents?type=Official&sort=TitleAsc");
        var titles = Titles(page);
        Assert.True(titles.Count >= 2);
        Assert.Equal(titles.OrderBy(t => t, StringComparer.Ordinal), titles);
        var (_, desc) = await editor.GetAsync("/admin/contents?type=Official&sort=TitleDesc");
        Assert.Equal(titles.AsEnumerable().Reverse(), Titles(desc).Take(titles.Count));
    }

    [Fact]
    public async Task Search_finds_drafts_by_title_and_published_items_through_the_search_index_without_accents()
    {
        using var editor = await site.SignInAsync("bientap");
        await EditorialSite.CreateNewsAsync(editor, "Bản nháp về Hội Nông dân khóm 3");
        var (_, drafts) = await editor.GetAsync("/admin/contents?q=" + Uri.EscapeDataString("Hội Nông dân khóm 3"));
        Assert.Contains("Bản nháp về Hội Nông dân khóm 3", Titles(drafts));

        // "sa rai" typed without accents finds the published meeting through the search index.
        var (_, folded) = await editor.GetAsync("/admin/contents?type=Meeting&q=sa+rai");
        Assert.NotEmpty(Titles(folded));
        Assert.All(Titles(folded), t => Assert.DoesNotContain("Bản nháp", t));
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE Document; --")]
    [InlineData("%_%")]
    [InlineData("***")]
    public async Task Filters_with_quotes_and_sql_fragments_give_no_error_and_no_leak(string typed)
    {
        using var author = await site.SignInAsync("tacgia2");
        var (response, page) = await author.GetAsync("/admin/contents?q=" + Uri.EscapeDataString(typed) + "&owner=" + Uri.EscapeDataString(typed) + "&status=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task Bulk_publish_applies_to_what_the_user_may_publish_only()
    {
        using var author = await site.SignInAsync("tacgia");
        var mine = await EditorialSite.CreateNewsAsync(author, "Bài tác giả cho thao tác hàng loạt");

        // An author has no bulk checkbox for publishing and a forged bulk post publishes nothing.
        var (_, authorList) = await author.GetAsync("/admin/contents?type=News");
        var token = authorList.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var (forged, _) = await author.PostAsync("/admin/contents/bulk", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["bulkAction"] = "publish",
            ["ids"] = mine,
        });
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Null(await site.PublishedAsync(mine));

        using var editor = await site.SignInAsync("bientap");
        var a = await EditorialSite.CreateNewsAsync(editor, "Tin hàng loạt A");
        var b = await EditorialSite.CreateNewsAsync(editor, "Tin hàng loạt B");
        var (_, list) = await editor.GetAsync("/admin/contents?type=News&status=Draft");
        var editorToken = list.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#bulk-form input[name=__RequestVerificationToken]")!.Value;
        var body = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", editorToken),
            new("bulkAction", "publish"),
            new("ids", a),
            new("ids", b),
            new("returnUrl", "/admin/contents?status=Draft"),
        ]);
        var response = await editor.Client.PostAsync("/admin/contents/bulk", body);
        Assert.Equal("/admin/contents?status=Draft", Browser.RedirectTarget(response));
        Assert.NotNull(await site.PublishedAsync(a));
        Assert.NotNull(await site.PublishedAsync(b));
        var (_, after) = await editor.GetAsync("/admin/contents?status=Draft");
        Assert.Contains("Đã xuất bản 2 mục.", after.QuerySelector(".notice-success")?.TextContent);
    }

    [Fact]
    public async Task Bulk_posts_without_the_antiforgery_token_are_refused()
    {
        using var editor = await site.SignInAsync("bientap");
        var id = await EditorialSite.CreateNewsAsync(editor, "Tin không được xóa khi thiếu mã chống giả mạo");
        var response = await editor.Client.PostAsync("/admin/contents/bulk", new FormUrlEncodedContent([new("bulkAction", "delete"), new("ids", id)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await site.LatestAsync(id));
    }
}
