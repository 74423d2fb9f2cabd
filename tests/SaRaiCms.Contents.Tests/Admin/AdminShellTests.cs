using System.Net;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

public sealed class AdminShellTests(EditorialSite site) : IClassFixture<EditorialSite>
{
    [Fact]
    public async Task The_menu_shows_what_the_users_permissions_allow()
    {
        using var author = await site.SignInAsync("tacgia");
        var (_, authorPage) = await author.GetAsync("/admin");
        var authorLinks = authorPage.QuerySelectorAll("#admin-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/contents", authorLinks);
        Assert.DoesNotContain("/admin/contents?status=WaitingForReview", authorLinks);

        using var reviewer = await site.SignInAsync("nguoiduyet");
        var (_, reviewerPage) = await reviewer.GetAsync("/admin");
        Assert.Contains("/admin/contents?status=WaitingForReview", reviewerPage.QuerySelectorAll("#admin-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_admin_speaks_vietnamese_first_and_english_on_request()
    {
        using var editor = await site.SignInAsync("bientap");
        var (_, page) = await editor.GetAsync("/admin");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đăng xuất", page.QuerySelector("form[action='/logout'] button")?.TextContent);

        var (switched, _) = await editor.SubmitAsync("/admin", "form[action='/admin/culture']", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/admin/contents" });
        Assert.Equal("/admin/contents", Browser.RedirectTarget(switched));
        var (_, english) = await editor.GetAsync("/admin");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign out", english.QuerySelector("form[action='/logout'] button")?.TextContent);
        Assert.Equal("Dashboard", english.QuerySelector("h1")?.TextContent);

        // The public site stays Vietnamese whatever the admin's language.
        var (_, home) = await editor.GetAsync("/");
        Assert.Equal("vi", home.DocumentElement.GetAttribute("lang"));

        var (refused, _) = await editor.SubmitAsync("/admin", "form[action='/admin/culture']", new Dictionary<string, string> { ["culture"] = "fr" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Admin_pages_are_not_stored_by_browsers_or_indexed_and_fit_a_phone()
    {
        using var editor = await site.SignInAsync("bientap");
        var (response, page) = await editor.GetAsync("/admin/contents");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Single(page.QuerySelectorAll("h1"));
        // The bundle is built from npm at build time and served as a static web asset.
        var script = page.QuerySelector("script[src*='/_content/SaRaiCms.TheAdmin/dist/admin.js']")?.GetAttribute("src");
        Assert.NotNull(script);
        var bundle = await editor.Client.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("quill", await bundle.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
