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
    }
}
