using AngleSharp.Dom;
using SaRaiCms.Security;
using SaRaiCms.Testing;
using SaRaiCms.Users.Services;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>The site always keeps one enabled administrator. Each test has its own site: they change who administers it.</summary>
public sealed class LastAdministratorTests : IAsyncLifetime
{
    private readonly SiteFactory _site = Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task AssertStillAdministratorAsync()
    {
        var admin = await UserAsync(_site, "admin");
        Assert.Contains(StandardRoles.Administrator, admin.Roles);
        Assert.True(admin.IsEnabled);
        using var browser = await SignedInAsync(_site);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).Response.StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_cannot_lose_the_role_be_disabled_or_be_deleted()
    {
        var admin = await UserAsync(_site, "admin");
        using var browser = await SignedInAsync(_site);

        // Removing the role: the form re-renders with the message.
        var (demoted, demotedPage) = await browser.SubmitAsync($"/admin/users/{admin.UserId}", "#user-edit", new Dictionary<string, string>
        {
            ["Roles[Administrator]"] = "false",
            ["Roles[Editor]"] = "true",
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, demoted.StatusCode);
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, FieldError(demotedPage, "Roles"));
        Assert.Equal([StandardRoles.Administrator], (await UserAsync(_site, "admin")).Roles);

        var (disabled, _) = await browser.SubmitAsync($"/admin/users/{admin.UserId}", "#user-disable");
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, Notice(await FollowAsync(browser, disabled)));

        var (deleted, _) = await browser.SubmitAsync($"/admin/users/{admin.UserId}/delete", "#user-delete");
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, Notice(await FollowAsync(browser, deleted)));

        await AssertStillAdministratorAsync();
    }

    [Fact]
    public async Task A_disabled_administrator_does_not_count_as_the_one_who_remains()
    {
        await _site.CreateUserAsync("qtv.nghi", Password, StandardRoles.Administrator);
        var other = await UserAsync(_site, "qtv.nghi");
        var admin = await UserAsync(_site, "admin");
        using var browser = await SignedInAsync(_site);
        await browser.SubmitAsync($"/admin/users/{other.UserId}", "#user-disable");
        Assert.False((await UserAsync(_site, "qtv.nghi")).IsEnabled);

        var (deleted, _) = await browser.SubmitAsync($"/admin/users/{admin.UserId}/delete", "#user-delete");
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, Notice(await FollowAsync(browser, deleted)));
        await AssertStillAdministratorAsync();
    }

    [Fact]
    public async Task With_a_second_administrator_the_first_can_be_demoted()
    {
        await _site.CreateUserAsync("qtv.hai", Password, StandardRoles.Administrator);
        var admin = await UserAsync(_site, "admin");
        using var second = await SignedInAsync(_site, "qtv.hai", Password);

        var (demoted, _) = await second.SubmitAsync($"/admin/users/{admin.UserId}", "#user-edit", new Dictionary<string, string>
        {
            ["Roles[Administrator]"] = "false",
            ["Roles[Editor]"] = "true",
        });
        Assert.Equal($"/admin/users/{admin.UserId}", Browser.RedirectTarget(demoted));
        Assert.Equal([StandardRoles.Editor], (await UserAsync(_site, "admin")).Roles);

        // Now qtv.hai is the last one.
        var last = await UserAsync(_site, "qtv.hai");
        var (refused, _) = await second.SubmitAsync($"/admin/users/{last.UserId}", "#user-disable");
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, Notice(await FollowAsync(second, refused)));
        Assert.True((await UserAsync(_site, "qtv.hai")).IsEnabled);
    }

    [Fact]
    public async Task The_Administrator_role_cannot_be_deleted()
    {
        using var browser = await SignedInAsync(_site);
        var (page, _) = await browser.GetAsync("/admin/roles/Administrator/delete");
        Assert.Equal("/admin/roles/Administrator", Browser.RedirectTarget(page));

        // A hand-made post (with a valid token from another form) is refused as well.
        var (_, edit) = await browser.GetAsync("/admin/roles/Administrator");
        var fields = Browser.Fields(edit.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#role-edit")!);
        var (posted, _) = await browser.PostAsync("/admin/roles/Administrator/delete", new Dictionary<string, string> { [Browser.TokenField] = fields[Browser.TokenField] });
        Assert.Contains("Không thể xóa vai trò Administrator", Notice(await FollowAsync(browser, posted)));
        await AssertStillAdministratorAsync();
        var (_, roles) = await browser.GetAsync("/admin/roles");
        Assert.Contains(roles.QuerySelectorAll("table.roles tbody a"), a => a.TextContent == StandardRoles.Administrator);
    }
}
