using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

public sealed class EditorTests(EditorialSite site) : IClassFixture<EditorialSite>
{
    [Fact]
    public async Task The_editor_is_built_from_the_definition_with_required_fields_marked()
    {
        using var editor = await site.SignInAsync("bientap");
        var (response, page) = await editor.GetAsync("/admin/contents/new/News");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tạo tin tức", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("input[name='TitlePart.Title'][required]"));
        Assert.NotNull(page.QuerySelector("input[name='News.Lead.Text'][required]"));
        Assert.NotNull(page.QuerySelector("textarea[name='HtmlBodyPart.Html'][data-editor=html]"));
        Assert.Contains("*", page.QuerySelector("label[for='TitlePart_Title']")?.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Invalid_input_re_renders_with_messages_and_saves_nothing()
    {
        using var editor = await site.SignInAsync("bientap");
        var before = await site.CountAsync("News");
        var fields = EditorialSite.NewsFields("   ");
        fields["News.Lead.Text"] = "";
        fields["HtmlBodyPart.Html"] = "<p>Nội dung người dùng đã gõ vẫn phải còn.</p>";
        var (response, page) = await editor.SubmitAsync("/admin/contents/new/News", "form.content-edit", fields, "submitAction", "publish");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await site.CountAsync("News"));
        var summary = page.QuerySelector(".validation-summary")?.TextContent ?? "";
        Assert.Contains("Tiêu đề là bắt buộc.", summary);
        Assert.Contains("Sapô", summary);
        Assert.Contains("Nội dung người dùng đã gõ vẫn phải còn.", page.QuerySelector("textarea[name='HtmlBodyPart.Html']")?.TextContent);
    }

    [Fact]
    public async Task A_stale_edit_gets_the_conflict_message_keeps_what_was_typed_and_saves_nothing()
    {
        using var editor = await site.SignInAsync("bientap");
        var id = await EditorialSite.CreateNewsAsync(editor, "Tin sẽ bị sửa cùng lúc");
        var (_, opened) = await editor.GetAsync($"/admin/contents/{id}/edit");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)opened.QuerySelector("form.content-edit")!;
        var fields = Browser.Fields(form);

        // Someone else saves meanwhile.
        await site.Site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.DraftRequired))!;
            latest.Alter<TitlePart>(t => t.Title = "Tiêu đề do người khác lưu");
            latest.Author = "nguoikhac";
            await content.UpdateAsync(latest);
            await content.SaveChangesAsync();
        });

        fields["TitlePart.Title"] = "Tiêu đề tôi vừa gõ";
        fields["submitAction"] = "save";
        var (response, page) = await editor.PostAsync($"/admin/contents/{id}/edit", fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("nguoikhac", page.QuerySelector(".conflict")?.TextContent);
        Assert.Contains("CHƯA được lưu", page.QuerySelector(".conflict")?.TextContent);
        Assert.Equal("Tiêu đề tôi vừa gõ", page.QuerySelector("input[name='TitlePart.Title']")?.GetAttribute("value"));
        Assert.Equal("Tiêu đề do người khác lưu", (await site.LatestAsync(id))!.DisplayText);

        // Saving again from the re-rendered form (now based on the newest version) goes through.
        var again = Browser.Fields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form.content-edit")!);
        again["submitAction"] = "save";
        var (second, _) = await editor.PostAsync($"/admin/contents/{id}/edit", again);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Tiêu đề tôi vừa gõ", (await site.LatestAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task Saving_normalises_to_NFC_trims_the_title_and_sanitises_the_html()
    {
        using var editor = await site.SignInAsync("bientap");
        var decomposed = "  Hội nghị Đảng bộ thị trấn Sa Rài hoà hợp  ".Normalize(NormalizationForm.FormD);
        var id = await EditorialSite.CreateNewsAsync(editor, decomposed, body: "<p onclick=\"alert(1)\">An toàn</p><script>alert(2)</script><img src=x onerror=alert(3)>");
        var saved = (await site.LatestAsync(id))!;
        Assert.Equal("Hội nghị Đảng bộ thị trấn Sa Rài hòa hợp", saved.DisplayText);
        Assert.True(saved.DisplayText.IsNormalized(NormalizationForm.FormC));
        var html = saved.As<HtmlBodyPart>()!.Html;
        Assert.Contains("An toàn", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_legacy_encoded_paste_is_flagged_to_the_editor_and_kept_as_typed()
    {
        using var editor = await site.SignInAsync("bientap");
        // "Hội nghị Đảng bộ" typed with a TCVN3 keyboard and pasted as Unicode.
        var fields = EditorialSite.NewsFields("Tin dán từ văn bản cũ", "<p>Héi nghÞ §¶ng bé thÞ trÊn Sa Rµi</p>");
        var (response, _) = await editor.SubmitAsync("/admin/contents/new/News", "form.content-edit", fields, "submitAction", "save");
        var (_, page) = await editor.GetAsync(Browser.RedirectTarget(response)!);
        Assert.Contains("TCVN3", page.QuerySelector(".notice-error")?.TextContent);
    }

    [Fact]
    public async Task Scheduling_from_the_editor_needs_a_future_time_and_marks_the_item_scheduled()
    {
        using var editor = await site.SignInAsync("bientap");
        var id = await EditorialSite.CreateNewsAsync(editor, "Tin lên lịch từ trình soạn thảo");

        var (past, pastPage) = await editor.SubmitAsync($"/admin/contents/{id}/edit", "form.content-edit", new Dictionary<string, string> { ["scheduleAt"] = "2020-01-01T08:00" }, "submitAction", "schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("phải ở tương lai", pastPage.Body!.TextContent);
        Assert.Null((await site.LatestAsync(id))!.As<ReviewPart>()?.ScheduledPublishUtc);

        var (ok, _) = await editor.SubmitAsync($"/admin/contents/{id}/edit", "form.content-edit", new Dictionary<string, string> { ["scheduleAt"] = "2099-09-02T07:30" }, "submitAction", "schedule");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var latest = (await site.LatestAsync(id))!;
        Assert.Equal(ContentStatus.Scheduled, ContentStatusText.Of(latest));
        // 07:30 in Hồ Chí Minh city is 00:30 UTC.
        Assert.Equal(new DateTime(2099, 9, 2, 0, 30, 0, DateTimeKind.Utc), latest.As<ReviewPart>()!.ScheduledPublishUtc);
        Assert.Null(await site.PublishedAsync(id));
    }

    [Fact]
    public async Task Preview_shows_a_draft_as_the_public_would_see_it_without_publishing_it()
    {
        using var author = await site.SignInAsync("tacgia");
        var id = await EditorialSite.CreateNewsAsync(author, "Bản nháp để xem trước", body: "<p>Đoạn chỉ có trong bản nháp.</p>");
        var (response, page) = await author.GetAsync($"/admin/contents/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đoạn chỉ có trong bản nháp.", page.QuerySelector("main")?.TextContent);
        Assert.Contains("Bản xem trước", page.QuerySelector(".preview-banner")?.TextContent);
        Assert.Equal("Bản nháp để xem trước", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal(HttpStatusCode.NotFound, (await new Browser(site.Site).GetAsync("/tin-tuc/ban-nhap-de-xem-truoc")).Response.StatusCode);
    }
}
