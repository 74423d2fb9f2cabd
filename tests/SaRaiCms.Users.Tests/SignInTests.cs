using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Testing;
using SaRaiCms.Users.Controllers;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Tests;

/// <summary>The sign-in pages over HTTP, as a browser uses them.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new();

    public Task InitializeAsync()
    {
        _ = _site.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static string? ErrorText(IHtmlDocument page) => page.QuerySelector(".errors")?.TextContent.Trim();

    private Task<User> CreateUserAsync(string userName, string password, bool enabled = true)
        => _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserId = sp.GetRequiredService<IIdGenerator>().GenerateUniqueId(), UserName = userName, IsEnabled = enabled };
            var result = await users.CreateAsync(user, password);
            Assert.True(result.Succeeded);
            return user;
        });

    [Fact]
    public async Task Login_page_has_a_labelled_form_with_an_antiforgery_token()
    {
        using var browser = new Browser(_site);
        var (response, page) = await browser.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var form = Assert.IsAssignableFrom<IHtmlFormElement>(page.QuerySelector("form"));
        Assert.Equal("post", form.Method, ignoreCase: true);
        Assert.Equal("/login", form.GetAttribute("action"));
        var token = form.QuerySelector<IHtmlInputElement>($"input[type=hidden][name={Browser.TokenField}]");
        Assert.False(string.IsNullOrEmpty(token?.Value));

        var userName = form.QuerySelector<IHtmlInputElement>("input[name=UserName]")!;
        var password = form.QuerySelector<IHtmlInputElement>("input[name=Password]")!;
        Assert.Equal("text", userName.Type);
        Assert.Equal("password", password.Type);
        Assert.Equal("Tên đăng nhập", form.QuerySelector($"label[for={userName.Id}]")?.TextContent);
        Assert.Equal("Mật khẩu", form.QuerySelector($"label[for={password.Id}]")?.TextContent);
    }

    [Fact]
    public async Task Right_credentials_sign_in_and_land_on_the_admin_page()
    {
        using var browser = new Browser(_site);
        var (response, _) = await browser.SignInAsync("admin", SiteFactory.AdminPassword);
        Assert.Equal("/admin", Browser.RedirectTarget(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var (admin, page) = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("Bảng điều khiển", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("admin", page.QuerySelector(".admin-header .user-name")?.TextContent);

        // Signing out (a form post with its own token) ends the session.
        var logout = page.QuerySelector<IHtmlFormElement>("form[action='/logout']")!;
        var (signedOut, _) = await browser.PostAsync(logout.GetAttribute("action")!, Browser.Fields(logout));
        Assert.Equal("/", Browser.RedirectTarget(signedOut));
        var (after, _) = await browser.GetAsync("/admin");
        Assert.StartsWith("/login", Browser.RedirectTarget(after));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_answer()
    {
        using var browser = new Browser(_site);
        var (wrongPassword, wrongPasswordPage) = await browser.SignInAsync("admin", "Sai-mat-khau-1");
        var (unknownUser, unknownUserPage) = await browser.SignInAsync("khong-co-ai", "Sai-mat-khau-1");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        Assert.Equal(AccountController.FailedMessage, ErrorText(wrongPasswordPage));
        Assert.Equal(ErrorText(wrongPasswordPage), ErrorText(unknownUserPage));
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", AccountController.FailedMessage);
        // The password typed is not sent back.
        Assert.Equal("", wrongPasswordPage.QuerySelector<IHtmlInputElement>("input[name=Password]")!.Value);
        Assert.False(wrongPassword.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_fails()
    {
        const string password = "Dung-mat-khau-9";
        await CreateUserAsync("bi.khoa", password);
        using var browser = new Browser(_site);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (_, page) = await browser.SignInAsync("bi.khoa", "Sai-mat-khau-1");
            Assert.Equal(AccountController.FailedMessage, ErrorText(page));
        }

        var (response, locked) = await browser.SignInAsync("bi.khoa", password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AccountController.FailedMessage, ErrorText(locked));
        Assert.Contains("bị khóa tạm thời 15 phút", locked.QuerySelector(".hint")?.TextContent);
        var (admin, _) = await browser.GetAsync("/admin");
        Assert.StartsWith("/login", Browser.RedirectTarget(admin));

        await _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("bi.khoa"))!));
        });
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        const string password = "Dung-mat-khau-9";
        await CreateUserAsync("da.tat", password, enabled: false);
        using var browser = new Browser(_site);

        var (response, page) = await browser.SignInAsync("da.tat", password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AccountController.FailedMessage, ErrorText(page));
    }

    [Fact]
    public async Task Login_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = new Browser(_site);
        await browser.GetAsync("/login"); // has the antiforgery cookie, but posts no token
        var (response, _) = await browser.PostAsync("/login", new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = SiteFactory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Logout_without_the_antiforgery_token_is_refused()
    {
        using var browser = new Browser(_site);
        Assert.Equal("/admin", Browser.RedirectTarget((await browser.SignInAsync("admin", SiteFactory.AdminPassword)).Response));
        var (response, _) = await browser.PostAsync("/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).Response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_admin_request_is_sent_to_the_login_page_and_back()
    {
        using var browser = new Browser(_site);
        var (response, _) = await browser.GetAsync("/admin");
        Assert.Equal("/login?ReturnUrl=%2Fadmin", Browser.RedirectTarget(response));

        var (signedIn, _) = await browser.SignInAsync("admin", SiteFactory.AdminPassword, returnUrl: "/admin?tab=1");
        Assert.Equal("/admin?tab=1", Browser.RedirectTarget(signedIn));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example")]
    public async Task A_return_url_to_another_site_is_not_followed(string returnUrl)
    {
        using var browser = new Browser(_site);
        var (login, page) = await browser.GetAsync("/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(returnUrl, page.QuerySelector<IHtmlInputElement>("input[name=ReturnUrl]")?.Value);

        var (response, _) = await browser.SignInAsync("admin", SiteFactory.AdminPassword, returnUrl);
        Assert.Equal("/admin", Browser.RedirectTarget(response));
    }

    [Fact]
    public async Task Access_denied_page_answers_403()
    {
        using var browser = new Browser(_site);
        var (response, page) = await browser.GetAsync("/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Không có quyền truy cập", page.QuerySelector("h1")?.TextContent);
    }
}
