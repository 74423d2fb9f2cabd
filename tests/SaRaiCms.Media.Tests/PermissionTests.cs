using System.Net;
using AngleSharp.Dom;
using SaRaiCms.Security;
using SaRaiCms.Testing;

namespace SaRaiCms.Media.Tests;

/// <summary>Who may do what: anonymous users nothing, authors upload and edit their own, editors manage all.</summary>
public sealed class PermissionTests(MediaSite media) : IClassFixture<MediaSite>
{
    private const string Password = "Tac-gia-Passw0rd!";

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_cannot_upload()
    {
        using var anonymous = new Browser(media.Site);
        var (page, _) = await anonymous.GetAsync("/admin/media");
        Assert.StartsWith("/login", Browser.RedirectTarget(page));

        var before = media.Files();
        using var body = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png(10, 10)), "file", "x.png" } };
        var upload = await anonymous.Client.PostAsync("/admin/media/upload", body);
        Assert.StartsWith("/login", Browser.RedirectTarget(upload));
        Assert.Equal(before, media.Files());
        var (picker, _) = await anonymous.GetAsync("/admin/media/picker?type=image");
        Assert.StartsWith("/login", Browser.RedirectTarget(picker));
    }

    [Fact]
    public async Task An_author_uploads_and_edits_own_files_but_cannot_delete_or_edit_others()
    {
        await media.CreateUserAsync("tacgia", Password, StandardRoles.Author);
        using var admin = await media.SignedInAsync();
        var adminsFile = await media.UploadOkAsync(admin, "cua-quan-tri.jpg", TestImages.Jpeg(60, 40), "Ảnh của quản trị");

        using var author = await media.SignedInAsync("tacgia", Password);
        var own = await media.UploadOkAsync(author, "cua-tac-gia.jpg", TestImages.Jpeg(60, 40));
        Assert.Equal("tacgia", own.Owner);

        var (_, list) = await author.GetAsync("/admin/media");
        Assert.Empty(list.QuerySelectorAll("form[action='/admin/media/delete']"));
        Assert.NotNull(list.QuerySelector($"a[href='/admin/media/edit?path={own.Path}']"));
        Assert.Null(list.QuerySelector($"a[href='/admin/media/edit?path={adminsFile.Path}']"));

        // Posting the delete form anyway (with a valid token from the list page) is forbidden and deletes nothing.
        var token = list.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name={Browser.TokenField}]")!.Value;
        foreach (var path in new[] { adminsFile.Path, own.Path })
        {
            var (deleted, _) = await author.PostAsync("/admin/media/delete", new Dictionary<string, string> { [Browser.TokenField] = token, ["path"] = path });
            AssertForbidden(deleted);
            Assert.NotNull(await media.ItemAsync(path));
            Assert.True(File.Exists(Path.Combine(media.MediaRoot, path)));
        }

        var (othersEdit, _) = await author.GetAsync("/admin/media/edit?path=" + adminsFile.Path);
        AssertForbidden(othersEdit);
        var (editOthers, _) = await author.PostAsync("/admin/media/edit?path=" + adminsFile.Path, new Dictionary<string, string> { [Browser.TokenField] = token, ["altText"] = "Đổi" });
        AssertForbidden(editOthers);
        Assert.Equal("Ảnh của quản trị", (await media.ItemAsync(adminsFile.Path))!.AltText);

        var (ownEdit, _) = await author.SubmitAsync("/admin/media/edit?path=" + own.Path, "form[action^='/admin/media/edit']", new Dictionary<string, string> { ["altText"] = "Ảnh của tác giả" });
        Assert.Equal(HttpStatusCode.Redirect, ownEdit.StatusCode);
        Assert.Equal("Ảnh của tác giả", (await media.ItemAsync(own.Path))!.AltText);
    }

    /// <summary>Forbidden actions answer 403 with the access-denied page, at the address asked for.</summary>
    private static void AssertForbidden(HttpResponseMessage response)
        => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

    [Fact]
    public async Task An_administrator_deletes_a_file_with_its_derived_sizes()
    {
        using var admin = await media.SignedInAsync();
        var item = await media.UploadOkAsync(admin, "se-xoa.jpg", TestImages.Jpeg(700, 500), "Ảnh sẽ xoá");
        Assert.True(File.Exists(Path.Combine(media.MediaRoot, ".sizes", "640", item.Path)));

        var (_, list) = await admin.GetAsync("/admin/media");
        var form = list.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form[action='/admin/media/delete']")
            .Single(f => f.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=path]")!.Value == item.Path);
        var (deleted, _) = await admin.PostAsync("/admin/media/delete", Browser.Fields(form));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await media.ItemAsync(item.Path));
        Assert.DoesNotContain(media.Files(), f => f.EndsWith("se-xoa.jpg", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/media/" + item.Path)).StatusCode);
    }

    [Fact]
    public async Task The_menu_offers_the_library_under_its_group()
    {
        using var admin = await media.SignedInAsync();
        var (_, page) = await admin.GetAsync("/admin");
        Assert.NotNull(page.QuerySelector("#admin-nav a[href='/admin/media']"));
    }
}
