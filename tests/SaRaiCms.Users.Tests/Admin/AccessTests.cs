using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Security;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>Who may open the users, roles and settings pages, and that refused posts change nothing.</summary>
public sealed class AccessTests(UserAdminSite fixture) : IClassFixture<UserAdminSite>
{
    private SiteFactory Site => fixture.Site;

    public static TheoryData<string> Pages => new() { "/admin/users", "/admin/users/new", "/admin/roles", "/admin/roles/Author", "/admin/settings" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_editor_is_refused_with_403(string path)
    {
        if (await FindUserAsync(Site, "bientap.cam") is null)
        {
            await Site.CreateUserAsync("bientap.cam", Password, StandardRoles.Editor);
        }

        using var editor = await SignedInAsync(Site, "bientap.cam", Password);
        var (denied, page) = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Không có quyền truy cập", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_is_sent_to_the_login_page(string path)
    {
        using var browser = new Browser(Site);
        var (response, _) = await browser.GetAsync(path);
        Assert.Equal("/login?ReturnUrl=" + Uri.EscapeDataString(path), Browser.RedirectTarget(response));
    }

    [Fact]
    public async Task The_menu_shows_the_pages_to_administrators_only()
    {
        using var admin = await SignedInAsync(Site);
        var (_, adminPage) = await admin.GetAsync("/admin");
        var links = adminPage.QuerySelectorAll(".admin-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/users", links);
        Assert.Contains("/admin/roles", links);
        Assert.Contains("/admin/settings", links);

        await Site.CreateUserAsync("bientap.menu", Password, StandardRoles.Editor);
        using var editor = await SignedInAsync(Site, "bientap.menu", Password);
        var (_, editorPage) = await editor.GetAsync("/admin");
        var editorLinks = editorPage.QuerySelectorAll(".admin-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/admin/users", editorLinks);
        Assert.DoesNotContain("/admin/roles", editorLinks);
        Assert.DoesNotContain("/admin/settings", editorLinks);
    }

    [Fact]
    public async Task Posts_by_an_editor_change_nothing()
    {
        await Site.CreateUserAsync("bientap.post", Password, StandardRoles.Editor);
        await Site.CreateUserAsync("nan.nhan", Password, StandardRoles.Author);
        var victim = await UserAsync(Site, "nan.nhan");
        var admin = await UserAsync(Site, "admin");
        var settingsBefore = await SettingsAsync();
        using var editor = await SignedInAsync(Site, "bientap.post", Password);
        // A valid antiforgery token for this user, from a form the editor may open.
        var (_, dashboard) = await editor.GetAsync("/admin");
        var token = Browser.Fields(dashboard.QuerySelector<IHtmlFormElement>("form[action='/logout']")!)[Browser.TokenField];

        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/admin/users/new", new() { ["UserName"] = "ke.gian", ["Password"] = Password, ["Roles[Administrator]"] = "true" }),
            ($"/admin/users/{victim.UserId}", new() { ["Roles[Administrator]"] = "true" }),
            ($"/admin/users/{victim.UserId}/password", new() { ["NewPassword"] = "Mat-khau-ke-gian-1" }),
            ($"/admin/users/{admin.UserId}/disable", new()),
            ($"/admin/users/{victim.UserId}/delete", new()),
            ("/admin/roles/Editor", new() { ["Permissions[ManageUsers]"] = "true" }),
            ("/admin/roles/new", new() { ["Name"] = "KeGian" }),
            ("/admin/roles/Author/delete", new()),
            ("/admin/settings", new() { ["SiteName"] = "Bị đổi", ["PageSize"] = "5", ["TimeZoneId"] = "UTC", ["Culture"] = "en" }),
        };
        foreach (var (url, fields) in posts)
        {
            fields[Browser.TokenField] = token;
            var (response, _) = await editor.PostAsync(url, fields);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Null(await FindUserAsync(Site, "ke.gian"));
        var after = await UserAsync(Site, "nan.nhan");
        Assert.Equal([StandardRoles.Author], after.Roles);
        Assert.Equal(victim.PasswordHash, after.PasswordHash);
        Assert.True((await UserAsync(Site, "admin")).IsEnabled);
        await Site.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<Role>>();
            Assert.DoesNotContain("ManageUsers", (await roles.FindByNameAsync(StandardRoles.Editor))!.Permissions);
            Assert.Null(await roles.FindByNameAsync("KeGian"));
            Assert.NotNull(await roles.FindByNameAsync(StandardRoles.Author));
        });
        var settingsAfter = await SettingsAsync();
        Assert.Equal(settingsBefore.SiteName, settingsAfter.SiteName);
        Assert.Equal(settingsBefore.DocumentVersion, settingsAfter.DocumentVersion);
    }

    private Task<SiteSettings> SettingsAsync()
        => Site.InScopeAsync(async sp => await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>() ?? new SiteSettings());
}
