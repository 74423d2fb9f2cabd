using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace SaRaiCms.Users.Services;

/// <summary>The site's account rules, in one place: what a password must contain, when an account locks, how long a sign-in lasts.</summary>
public static class UserPolicy
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    public const string AccessDeniedPath = "/access-denied";
    public const string AdminPath = "/admin";

    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireLowercase = true;
        // Length does more than symbols; a long passphrase of letters and digits is accepted.
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;

        // Several officials of one committee may share an office mailbox.
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
        options.SignIn.RequireConfirmedEmail = false;
    }

    /// <summary>
    /// How soon an open session notices that its user was disabled, lost a role or got a new
    /// password (a changed security stamp): Identity's default is 30 minutes, too long for
    /// taking an administrator's rights away. One user lookup per user a minute is cheap.
    /// </summary>
    public static void ConfigureSessionRevalidation(SecurityStampValidatorOptions options)
        => options.ValidationInterval = TimeSpan.FromMinutes(1);

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Secure on HTTPS requests. Not Always, so that plain-HTTP development and tests can sign in;
        // behind a TLS-terminating proxy the host's forwarded headers make requests HTTPS.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        // A signed-in user without the permission gets 403 at the address they asked for (not a
        // redirect that looks like success to scripts and tests), with the same page as /access-denied.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(AccessDeniedHtml, context.HttpContext.RequestAborted);
        };
    }

    public const string AccessDeniedHtml =
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>Không có quyền truy cập</title></head><body><main>"
        + "<h1>Không có quyền truy cập</h1><p>Tài khoản của bạn không có quyền thực hiện thao tác này; không có gì bị thay đổi. "
        + "<a href=\"/admin\">Về trang quản trị</a> hoặc <a href=\"/login\">đăng nhập bằng tài khoản khác</a>.</p></main></body></html>";
}
