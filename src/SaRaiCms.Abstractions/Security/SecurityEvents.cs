namespace SaRaiCms.Security;

/// <summary>Why a sign-in was refused (the user is told the same thing in every case).</summary>
public enum SignInFailure
{
    UnknownUser,
    WrongPassword,
    LockedOut,
    NotAllowed,
}

/// <param name="UserName">The account's name; for a failed sign-in, the name as typed.</param>
/// <param name="UserId">The account's id, null when no account has that name.</param>
public sealed record AccountEvent(string UserName, string? UserId);

public sealed record SignInFailedEvent(string UserName, string? UserId, SignInFailure Reason);

/// <summary>A role given to or taken from a user.</summary>
public sealed record UserRoleEvent(string UserId, string UserName, string Role, bool Added);

/// <summary>A role's grants changed (by the Roles recipe step or the role store).</summary>
public sealed record RolePermissionsEvent(string Role, IReadOnlyList<string> Before, IReadOnlyList<string> After);

/// <summary>
/// Account and permission events, raised by the users module and the Roles recipe step, so that
/// modules such as the audit trail learn of them without those modules referencing each other.
/// Register with <c>services.AddScoped&lt;SecurityEventHandler, T&gt;()</c>; override what you need.
/// Handlers run inside the raiser's unit of work: what they save is written with its changes.
/// </summary>
public abstract class SecurityEventHandler
{
    public virtual Task SignedInAsync(AccountEvent e, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task SignInFailedAsync(SignInFailedEvent e, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Too many wrong passwords: the account was just locked.</summary>
    public virtual Task LockedOutAsync(AccountEvent e, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task SignedOutAsync(AccountEvent e, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task UserRoleChangedAsync(UserRoleEvent e, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task RolePermissionsChangedAsync(RolePermissionsEvent e, CancellationToken cancellationToken) => Task.CompletedTask;
}
