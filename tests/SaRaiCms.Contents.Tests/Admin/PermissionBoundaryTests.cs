using System.Net;
using AngleSharp.Dom;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

public sealed class PermissionBoundaryTests(EditorialSite site) : IClassFixture<EditorialSite>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/contents")]
    [InlineData("/admin/contents/new/News")]
    [InlineData("/admin/contents/abc/edit")]
    [InlineData("/admin/contents/abc/preview")]
    [InlineData("/admin/contents/abc/review")]
    public async Task Anonymous_requests_to_admin_pages_are_sent_to_sign_in(string path)
    {
        using var browser = new Browser(site.Site);
        var (response, _) = await browser.GetAsync(path);
        Assert.StartsWith("/login?ReturnUrl=" + Uri.EscapeDataString(path), Browser.RedirectTarget(response));
    }

    [Fact]
    public async Task Anonymous_posts_change_nothing()
    {
        using var editor = await site.SignInAsync("bientap");
        var id = await EditorialSite.CreateNewsAsync(editor, "Tin chưa xuất bản của biên tập");
        using var anonymous = new Browser(site.Site);
        var (_, login) = await anonymous.GetAsync("/login");
        var token = login.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var (response, _) = await anonymous.PostAsync($"/admin/contents/{id}/publish", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.StartsWith("/login", Browser.RedirectTarget(response));
        Assert.Null(await site.PublishedAsync(id));
    }

    [Fact]
    public async Task An_author_cannot_publish_and_the_refused_post_saves_nothing()
    {
        using var author = await site.SignInAsync("tacgia");
        var before = await site.CountAsync("News");
        var (response, _) = await author.SubmitAsync("/admin/contents/new/News", "form.content-edit", EditorialSite.NewsFields("Bài tác giả muốn tự xuất bản"), "submitAction", "publish");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await site.CountAsync("News"));

        // Nor on an existing item of their own.
        var id = await EditorialSite.CreateNewsAsync(author, "Bài nháp của tác giả");
        var (edit, _) = await author.SubmitAsync($"/admin/contents/{id}/edit", "form.content-edit", new Dictionary<string, string> { ["TitlePart.Title"] = "Đổi tiêu đề rồi xuất bản" }, "submitAction", "publish");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var latest = await site.LatestAsync(id);
        Assert.Equal("Bài nháp của tác giả", latest!.DisplayText);
        Assert.False(latest.Published);

        var (editPage, page) = await author.GetAsync($"/admin/contents/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, editPage.StatusCode);
        Assert.Null(page.QuerySelector("button[value=publish]"));
        Assert.NotNull(page.QuerySelector("button[value=submit]"));
    }

    [Fact]
    public async Task An_author_cannot_edit_or_see_another_authors_item()
    {
        using var first = await site.SignInAsync("tacgia");
        var id = await EditorialSite.CreateNewsAsync(first, "Bài riêng của tác giả một");

        using var second = await site.SignInAsync("tacgia2");
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync($"/admin/contents/{id}/edit")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync($"/admin/contents/{id}/preview")).Response.StatusCode);

        // A post with a valid token from the second author's own page is refused and changes nothing.
        var (_, own) = await second.GetAsync("/admin/contents/new/News");
        var token = own.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var fields = EditorialSite.NewsFields("Tiêu đề bị sửa trộm");
        fields["__RequestVerificationToken"] = token;
        fields["submitAction"] = "save";
        var (post, _) = await second.PostAsync($"/admin/contents/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var (delete, _) = await second.PostAsync($"/admin/contents/{id}/delete", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Bài riêng của tác giả một", (await site.LatestAsync(id))!.DisplayText);

        // The list shows an author only their own items.
        var (_, list) = await second.GetAsync("/admin/contents?type=News");
        Assert.Null(list.QuerySelector($"li[data-content-item-id='{id}']"));
        var (_, mine) = await first.GetAsync("/admin/contents?type=News");
        Assert.NotNull(mine.QuerySelector($"li[data-content-item-id='{id}']"));
    }

    [Fact]
    public async Task An_editor_publishes_directly()
    {
        using var editor = await site.SignInAsync("bientap");
        var id = await EditorialSite.CreateNewsAsync(editor, "Tin biên tập viên xuất bản ngay", "publish");
        var published = await site.PublishedAsync(id);
        Assert.NotNull(published);
        Assert.Equal(HttpStatusCode.OK, (await new Browser(site.Site).GetAsync("/tin-tuc/tin-bien-tap-vien-xuat-ban-ngay")).Response.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_approves_what_an_author_submitted()
    {
        using var author = await site.SignInAsync("tacgia");
        var id = await EditorialSite.CreateNewsAsync(author, "Bài gửi duyệt để xuất bản", "submit");
        Assert.Equal(ContentStatus.WaitingForReview, ContentStatusText.Of((await site.LatestAsync(id))!));
        Assert.Equal(HttpStatusCode.NotFound, (await new Browser(site.Site).GetAsync("/tin-tuc/bai-gui-duyet-de-xuat-ban")).Response.StatusCode);

        // The author may not approve their own submission.
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/admin/contents/{id}/review")).Response.StatusCode);

        using var reviewer = await site.SignInAsync("nguoiduyet");
        var (_, waiting) = await reviewer.GetAsync("/admin/contents?status=WaitingForReview");
        Assert.NotNull(waiting.QuerySelector($"li[data-content-item-id='{id}']"));
        var (approve, _) = await reviewer.SubmitAsync($"/admin/contents/{id}/review", $"form[action='/admin/contents/{id}/approve']");
        Assert.Equal("/admin/contents?status=WaitingForReview", Browser.RedirectTarget(approve));
        Assert.NotNull(await site.PublishedAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await new Browser(site.Site).GetAsync("/tin-tuc/bai-gui-duyet-de-xuat-ban")).Response.StatusCode);

        // A reviewer cannot edit content.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/admin/contents/{id}/edit")).Response.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_returns_with_a_comment_and_the_author_sees_it_then_resubmits()
    {
        using var author = await site.SignInAsync("tacgia");
        var id = await EditorialSite.CreateNewsAsync(author, "Bài cần sửa trước khi đăng", "submit");

        using var reviewer = await site.SignInAsync("nguoiduyet");
        var returnForm = $"form[action='/admin/contents/{id}/return']";
        var (empty, emptyPage) = await reviewer.SubmitAsync($"/admin/contents/{id}/review", returnForm, new Dictionary<string, string> { ["comment"] = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Hãy ghi lý do trả lại", emptyPage.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(ContentStatus.WaitingForReview, ContentStatusText.Of((await site.LatestAsync(id))!));

        var (returned, _) = await reviewer.SubmitAsync($"/admin/contents/{id}/review", returnForm, new Dictionary<string, string> { ["comment"] = "Ghi rõ ngày giờ hội nghị." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var latest = (await site.LatestAsync(id))!;
        Assert.Equal(ContentStatus.Returned, ContentStatusText.Of(latest));
        Assert.Null(await site.PublishedAsync(id));

        var (_, editPage) = await author.GetAsync($"/admin/contents/{id}/edit");
        Assert.Contains("Ghi rõ ngày giờ hội nghị.", editPage.QuerySelector(".review-comment")?.TextContent);
        Assert.Contains("nguoiduyet", editPage.QuerySelector(".review-comment")?.TextContent);

        var (resubmit, _) = await author.SubmitAsync($"/admin/contents/{id}/edit", "form.content-edit", new Dictionary<string, string> { ["TitlePart.Title"] = "Bài đã sửa theo góp ý" }, "submitAction", "submit");
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        latest = (await site.LatestAsync(id))!;
        Assert.Equal(ContentStatus.WaitingForReview, ContentStatusText.Of(latest));
        Assert.Null(latest.As<ReviewPart>()!.Comment);
    }
}
