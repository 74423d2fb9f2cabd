using System.Net;
using AngleSharp.Dom;
using SaRaiCms.Security;
using SaRaiCms.Testing;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

public sealed class UserAdminSite : IAsyncLifetime
{
    public SiteFactory Site { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Site = Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>/admin/users through the real host, as an administrator uses it. One site; each test has its own users.</summary>
public sealed class UserAdminTests(UserAdminSite fixture) : IClassFixture<UserAdminSite>
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task An_admin_creates_an_editor_through_the_form_who_then_signs_in_and_reaches_the_admin()
    {
        using var admin = await SignedInAsync(Site);
        var (created, _) = await admin.SubmitAsync("/admin/users/new", "#user-create", new Dictionary<string, string>
        {
            ["UserName"] = "bientap.an",
            ["Email"] = "an@sarai.gov.vn",
            ["Password"] = Password,
            ["Roles[Editor]"] = "true",
        });
        var user = await UserAsync(Site, "bientap.an");
        Assert.Equal($"/admin/users/{user.UserId}", Browser.RedirectTarget(created));
        Assert.Equal([StandardRoles.Editor], user.Roles);
        Assert.Equal("an@sarai.gov.vn", user.Email);
        Assert.True(user.IsEnabled);

        var page = await FollowAsync(admin, created);
        Assert.Equal("Đã tạo người dùng “bientap.an”.", Notice(page));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Roles[Editor]']")!.IsChecked);

        using var editor = await SignedInAsync(Site, "bientap.an", Password);
        var (dashboard, dashboardPage) = await editor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("bientap.an", dashboardPage.QuerySelector(".admin-header .user-name")?.TextContent);
    }

    [Fact]
    public async Task A_weak_password_re_renders_with_the_Vietnamese_policy_messages_and_creates_nothing()
    {
        using var admin = await SignedInAsync(Site);
        var (response, page) = await admin.SubmitAsync("/admin/users/new", "#user-create", new Dictionary<string, string>
        {
            ["UserName"] = "yeu",
            ["Password"] = "abc",
            ["Roles[Editor]"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = FieldError(page, "Password");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", message);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số (0-9).", message);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa (A-Z).", message);
        Assert.Equal("yeu", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=UserName]")?.Value);
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Password]")?.Value);
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Roles[Editor]']")!.IsChecked);
        Assert.Null(await FindUserAsync(Site, "yeu"));
    }

    [Fact]
    public async Task A_taken_or_invalid_user_name_gets_its_message_under_the_user_name()
    {
        await Site.CreateUserAsync("trung.ten", Password);
        using var admin = await SignedInAsync(Site);

        var (_, taken) = await admin.SubmitAsync("/admin/users/new", "#user-create", new Dictionary<string, string> { ["UserName"] = "Trung.Ten", ["Password"] = Password });
        Assert.Equal("Tên đăng nhập “Trung.Ten” đã có người dùng; hãy chọn tên khác.", FieldError(taken, "UserName"));

        var (_, invalid) = await admin.SubmitAsync("/admin/users/new", "#user-create", new Dictionary<string, string> { ["UserName"] = "Nguyễn An", ["Password"] = Password });
        Assert.StartsWith("Tên đăng nhập “Nguyễn An” không hợp lệ", FieldError(invalid, "UserName"));
        Assert.Null(await FindUserAsync(Site, "Nguyễn An"));
    }

    [Fact]
    public async Task The_list_is_paged_by_the_database_searches_by_name_and_shows_roles_and_state()
    {
        for (var i = 1; i <= 22; i++)
        {
            await Site.CreateUserAsync($"ds.nguoi{i:00}", Password, StandardRoles.Author);
        }

        using var admin = await SignedInAsync(Site);
        var (_, first) = await admin.GetAsync("/admin/users?q=ds.nguoi");
        Assert.Equal(20, first.QuerySelectorAll("table.users tbody tr").Length);
        Assert.Contains("Trang 1 / 2", first.QuerySelector(".pager")?.TextContent);
        var (_, second) = await admin.GetAsync("/admin/users?q=DS.NGUOI&page=2");
        var rows = second.QuerySelectorAll("table.users tbody tr");
        Assert.Equal(["ds.nguoi21", "ds.nguoi22"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        Assert.Equal("Author", rows[0].QuerySelector(".roles")?.TextContent);
        Assert.Equal("Đang hoạt động", rows[0].QuerySelector(".status")?.TextContent);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled_again()
    {
        await Site.CreateUserAsync("tam.nghi", Password, StandardRoles.Author);
        var user = await UserAsync(Site, "tam.nghi");
        using var admin = await SignedInAsync(Site);

        var (disabled, _) = await admin.SubmitAsync($"/admin/users/{user.UserId}", "#user-disable");
        Assert.Equal($"/admin/users/{user.UserId}", Browser.RedirectTarget(disabled));
        Assert.False((await UserAsync(Site, "tam.nghi")).IsEnabled);
        var (refused, refusedPage) = await new Browser(Site).SignInAsync("tam.nghi", Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", refusedPage.QuerySelector(".errors")?.TextContent);
        var (_, listed) = await admin.GetAsync("/admin/users?q=tam.nghi");
        Assert.Equal("Đã khóa tài khoản", listed.QuerySelector("table.users .status")?.TextContent);

        await admin.SubmitAsync($"/admin/users/{user.UserId}", "#user-enable");
        using var again = await SignedInAsync(Site, "tam.nghi", Password);
    }

    [Fact]
    public async Task A_locked_out_user_is_shown_and_unlocked()
    {
        await Site.CreateUserAsync("khoa.tam", Password);
        using (var guesser = new Browser(Site))
        {
            for (var i = 0; i < 5; i++)
            {
                await guesser.SignInAsync("khoa.tam", "Sai-mat-khau-1");
            }
        }

        var user = await UserAsync(Site, "khoa.tam");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
        using var admin = await SignedInAsync(Site);
        var (_, listed) = await admin.GetAsync("/admin/users?q=khoa.tam");
        Assert.Contains("Bị khóa tạm thời", listed.QuerySelector("table.users")?.TextContent);

        await admin.SubmitAsync($"/admin/users/{user.UserId}", "#user-unlock");
        Assert.Null((await UserAsync(Site, "khoa.tam")).LockoutEnd);
        using var signedIn = await SignedInAsync(Site, "khoa.tam", Password);
    }

    [Fact]
    public async Task The_admin_sets_a_password_or_generates_one_shown_once()
    {
        await Site.CreateUserAsync("quen.mk", Password);
        var user = await UserAsync(Site, "quen.mk");
        using var admin = await SignedInAsync(Site);
        var path = $"/admin/users/{user.UserId}/password";

        var (_, weak) = await admin.SubmitAsync(path, "#user-password", new Dictionary<string, string> { ["NewPassword"] = "ngan" });
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", FieldError(weak, "NewPassword"));
        using (await SignedInAsync(Site, "quen.mk", Password))
        {
            // The old password still works: a refused new one changed nothing.
        }

        var (set, _) = await admin.SubmitAsync(path, "#user-password", new Dictionary<string, string> { ["NewPassword"] = "Mat-khau-moi-2025" });
        Assert.Equal($"/admin/users/{user.UserId}", Browser.RedirectTarget(set));
        using (await SignedInAsync(Site, "quen.mk", "Mat-khau-moi-2025"))
        {
        }

        var (generatedResponse, generatedPage) = await admin.SubmitAsync(path, "#user-password", submitName: "generate", submitValue: "1");
        Assert.Contains("no-store", generatedResponse.Headers.CacheControl?.ToString());
        var generated = generatedPage.QuerySelector("code.password")?.TextContent;
        Assert.False(string.IsNullOrEmpty(generated));
        using (await SignedInAsync(Site, "quen.mk", generated!))
        {
        }

        var (_, again) = await admin.GetAsync(path);
        Assert.Null(again.QuerySelector("code.password"));
        Assert.DoesNotContain(generated!, again.Body!.InnerHtml);
    }

    [Fact]
    public async Task Deleting_a_user_asks_first_and_then_removes_the_account()
    {
        await Site.CreateUserAsync("xoa.toi", Password, StandardRoles.Reviewer);
        var user = await UserAsync(Site, "xoa.toi");
        using var admin = await SignedInAsync(Site);

        var (confirm, confirmPage) = await admin.GetAsync($"/admin/users/{user.UserId}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("Xóa người dùng “xoa.toi”?", confirmPage.QuerySelector("h1")?.TextContent);
        Assert.NotNull(await FindUserAsync(Site, "xoa.toi"));

        var (deleted, _) = await admin.SubmitAsync($"/admin/users/{user.UserId}/delete", "#user-delete");
        Assert.Equal("/admin/users", Browser.RedirectTarget(deleted));
        Assert.Null(await FindUserAsync(Site, "xoa.toi"));
    }

    [Fact]
    public async Task Roles_are_assigned_on_the_edit_form()
    {
        await Site.CreateUserAsync("doi.vaitro", Password, StandardRoles.Author);
        var user = await UserAsync(Site, "doi.vaitro");
        using var admin = await SignedInAsync(Site);

        await admin.SubmitAsync($"/admin/users/{user.UserId}", "#user-edit", new Dictionary<string, string>
        {
            ["Roles[Author]"] = "false",
            ["Roles[Reviewer]"] = "true",
            ["Roles[Editor]"] = "true",
        });
        Assert.Equal([StandardRoles.Editor, StandardRoles.Reviewer], (await UserAsync(Site, "doi.vaitro")).Roles.Order());
    }
}
