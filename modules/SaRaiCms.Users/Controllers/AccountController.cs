using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Services;
using SaRaiCms.Users.ViewModels;

namespace SaRaiCms.Users.Controllers;

/// <summary>Sign-in and sign-out with ASP.NET Core Identity's cookie.</summary>
[AllowAnonymous]
public sealed class AccountController(
    SignInManager<User> signInManager,
    IOptions<IdentityOptions> identity,
    ILogger<AccountController> logger) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Users/Views/Account/";

    /// <summary>
    /// The one message for every failed sign-in: unknown user, wrong password, locked or
    /// disabled account. Saying which would tell a stranger that the account exists, and
    /// saying "locked" only when the password was right would let a guesser go on guessing
    /// through the lockout. The lockout rule itself is shown to everyone on the form.
    /// </summary>
    public const string FailedMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [HttpGet(UserPolicy.LoginPath)]
    public IActionResult Login([FromQuery] string? returnUrl = null)
        => LoginForm(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost(UserPolicy.LoginPath)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login([FromForm] LoginViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return LoginForm(model);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // An unknown name is refused by the sign-in manager after as much work as a wrong password.
        var userName = model.UserName.Trim();
        var result = await signInManager.PasswordSignInAsync(userName, model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in.", userName);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : UserPolicy.AdminPath);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {UserName}: the account is locked out.", userName);
        }
        else if (result.IsNotAllowed)
        {
            logger.LogWarning("Sign-in refused for {UserName}: the account is disabled.", userName);
        }

        return Failed(model);
    }

    [HttpPost(UserPolicy.LogoutPath)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet(UserPolicy.AccessDeniedPath)]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(Views + "AccessDenied.cshtml");
    }

    private ViewResult Failed(LoginViewModel model)
    {
        ModelState.AddModelError(string.Empty, FailedMessage);
        // The password is never sent back to the browser.
        model.Password = "";
        return LoginForm(model);
    }

    private ViewResult LoginForm(LoginViewModel model)
    {
        var lockout = identity.Value.Lockout;
        model.LockoutAttempts = lockout.MaxFailedAccessAttempts;
        model.LockoutMinutes = (int)lockout.DefaultLockoutTimeSpan.TotalMinutes;
        return View(Views + "Login.cshtml", model);
    }
}
