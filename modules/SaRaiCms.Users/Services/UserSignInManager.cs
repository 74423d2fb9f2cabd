using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.Security;
using SaRaiCms.Store;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Services;

/// <summary>
/// Identity's sign-in, plus: a disabled user can neither sign in nor keep a session it already has;
/// an unknown user name costs as much time as a wrong password; and every sign-in, refusal,
/// lockout and sign-out is raised to the <see cref="SecurityEventHandler"/>s (the audit trail).
/// </summary>
public sealed class UserSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    IPasswordHasher<User> passwordHasher,
    IEnumerable<SecurityEventHandler> securityEvents,
    IDocumentSession session)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash to verify against when the user does not exist, so the reply takes as long as for a real user.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString("N")));

    public override async Task<bool> CanSignInAsync(User user)
        => user.IsEnabled && await base.CanSignInAsync(user);

    /// <summary>Runs when the cookie is revalidated (Identity's security stamp interval): a user disabled since then is signed out.</summary>
    public override async Task<bool> ValidateSecurityStampAsync(User? user, string? securityStamp)
        => user is { IsEnabled: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        passwordHasher.VerifyHashedPassword(new User(), DummyHash.Value, password);
        await RaiseAsync(h => h.SignInFailedAsync(new SignInFailedEvent(userName, null, SignInFailure.UnknownUser), CancellationToken.None));
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> PasswordSignInAsync(User user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var wasLockedOut = UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user);
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        var account = new AccountEvent(user.UserName, user.UserId);
        if (result.Succeeded)
        {
            await RaiseAsync(h => h.SignedInAsync(account, CancellationToken.None));
            return result;
        }

        if (result.IsLockedOut && !wasLockedOut)
        {
            await RaiseAsync(h => h.LockedOutAsync(account, CancellationToken.None));
        }

        var reason = result.IsLockedOut ? SignInFailure.LockedOut : result.IsNotAllowed ? SignInFailure.NotAllowed : SignInFailure.WrongPassword;
        await RaiseAsync(h => h.SignInFailedAsync(new SignInFailedEvent(user.UserName, user.UserId, reason), CancellationToken.None));
        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        await base.SignOutAsync();
        if (principal.Identity is { IsAuthenticated: true, Name: { } name })
        {
            await RaiseAsync(h => h.SignedOutAsync(new AccountEvent(name, UserManager.GetUserId(principal)), CancellationToken.None));
        }
    }

    /// <summary>Nothing else is saved after a sign-in, so what the handlers recorded is written here.</summary>
    private async Task RaiseAsync(Func<SecurityEventHandler, Task> raise)
    {
        foreach (var handler in securityEvents)
        {
            await raise(handler);
        }

        await session.SaveChangesAsync();
    }
}
