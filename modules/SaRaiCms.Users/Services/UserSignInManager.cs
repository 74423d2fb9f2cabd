using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Services;

/// <summary>Identity's sign-in, plus: a disabled user can neither sign in nor keep a session it already has.</summary>
public sealed class UserSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user)
        => user.IsEnabled && await base.CanSignInAsync(user);

    /// <summary>Runs when the cookie is revalidated (Identity's security stamp interval): a user disabled since then is signed out.</summary>
    public override async Task<bool> ValidateSecurityStampAsync(User? user, string? securityStamp)
        => user is { IsEnabled: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
