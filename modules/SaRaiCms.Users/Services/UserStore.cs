using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Security;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Services;

/// <summary>
/// ASP.NET Core Identity's user store on the site's document store. The getters and setters
/// only change the <see cref="User"/> in memory; <see cref="CreateAsync"/>,
/// <see cref="UpdateAsync"/> and <see cref="DeleteAsync"/> write it, with its index rows, in
/// one SaveChanges (inside the caller's transaction when there is one, as during setup).
/// </summary>
public sealed class UserStore(
    IDocumentSession session,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    TimeProvider clock,
    IIdGenerator ids,
    IEnumerable<SecurityEventHandler> securityEvents) :
    IUserPasswordStore<User>,
    IUserSecurityStampStore<User>,
    IUserEmailStore<User>,
    IUserRoleStore<User>,
    IUserLockoutStore<User>
{
    public async Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.UserId))
        {
            user.UserId = ids.GenerateUniqueId();
        }

        if (user.CreatedUtc == default)
        {
            user.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        }

        var result = await SaveAsync(user, cancellationToken);
        if (!result.Succeeded)
        {
            // Nothing was written: the user is still new, so a retry inserts it again.
            user.Id = 0;
            user.DocumentVersion = 0;
        }

        return result;
    }

    public Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SaveAsync(user, cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        session.Delete(user);
        return await SaveChangesAsync(cancellationToken);
    }

    private async Task<IdentityResult> SaveAsync(User user, CancellationToken cancellationToken)
    {
        session.Save(user);
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Identity checks the name before saving, but two saves can pass that check at once;
            // the unique index refuses the second, which then gets Identity's own message.
            if (await NameTakenByAnotherAsync(user, cancellationToken))
            {
                return IdentityResult.Failed(errors.DuplicateUserName(user.UserName));
            }

            throw;
        }
    }

    private async Task<bool> NameTakenByAnotherAsync(User user, CancellationToken cancellationToken)
    {
        try
        {
            return await session.Query<UserIndex>().AnyAsync(i => i.NormalizedUserName == user.NormalizedUserName && i.UserId != user.UserId, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The connection is unusable (an outer transaction the failure aborted): the original error stands.
            return false;
        }
    }

    private async Task<IdentityResult> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (DocumentConcurrencyException)
        {
            // Someone saved this user since it was read (another sign-in attempt, an admin's
            // edit): nothing was written; Identity callers report the failure instead of throwing.
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }
    }

    public Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return session.FirstOrDefaultAsync<User, UserIndex>(session.Query<UserIndex>().Where(i => i.UserId == userId), cancellationToken);
    }

    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return session.FirstOrDefaultAsync<User, UserIndex>(
            session.Query<UserIndex>().Where(i => i.NormalizedUserName == normalizedUserName), cancellationToken);
    }

    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // E-mail addresses need not be unique; the oldest account wins, as it would in Identity's EF store with one match.
        return session.FirstOrDefaultAsync<User, UserIndex>(
            session.Query<UserIndex>().Where(i => i.NormalizedEmail == normalizedEmail).OrderBy(i => i.DocumentId), cancellationToken);
    }

    // Names

    public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.UserId);

    public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    // Password and security stamp

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.SecurityStamp);

    // E-mail

    public Task SetEmailAsync(User user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task<bool> GetEmailConfirmedAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task SetEmailConfirmedAsync(User user, bool confirmed, CancellationToken cancellationToken)
    {
        user.EmailConfirmed = confirmed;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(User user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail;
        return Task.CompletedTask;
    }

    // Roles: the user keeps role names as the roles document spells them, so a role found by
    // its normalized name is stored under its real name.

    public async Task AddToRoleAsync(User user, string roleName, CancellationToken cancellationToken)
    {
        var role = await FindRoleAsync(roleName, cancellationToken)
                   ?? throw new InvalidOperationException($"Role '{roleName}' does not exist.");
        if (!user.Roles.Any(r => IsRole(r, roleName)))
        {
            user.Roles.Add(role.Name);
            await RaiseAsync(new UserRoleEvent(user.UserId, user.UserName, role.Name, Added: true), cancellationToken);
        }
    }

    public async Task RemoveFromRoleAsync(User user, string roleName, CancellationToken cancellationToken)
    {
        var removed = user.Roles.Where(r => IsRole(r, roleName)).ToList();
        user.Roles.RemoveAll(r => IsRole(r, roleName));
        foreach (var role in removed)
        {
            await RaiseAsync(new UserRoleEvent(user.UserId, user.UserName, role, Added: false), cancellationToken);
        }
    }

    /// <summary>Raised before Identity saves the user: what handlers record is written with the user, or not at all.</summary>
    private async Task RaiseAsync(UserRoleEvent change, CancellationToken cancellationToken)
    {
        foreach (var handler in securityEvents)
        {
            await handler.UserRoleChangedAsync(change, cancellationToken);
        }
    }

    public Task<IList<string>> GetRolesAsync(User user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>(user.Roles.ToList());

    public Task<bool> IsInRoleAsync(User user, string roleName, CancellationToken cancellationToken)
        => Task.FromResult(user.Roles.Any(r => IsRole(r, roleName)));

    public async Task<IList<User>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        var role = await FindRoleAsync(roleName, cancellationToken);
        if (role is null)
        {
            return [];
        }

        var users = await session.ListAsync<User, UserByRoleIndex>(
            session.Query<UserByRoleIndex>().Where(i => i.RoleName == role.Name).OrderBy(i => i.DocumentId), cancellationToken);
        return users.ToList();
    }

    /// <summary>Identity passes normalized role names; users store the role's own spelling.</summary>
    private bool IsRole(string storedName, string normalizedName) => normalizer.NormalizeName(storedName) == normalizedName;

    private async Task<RoleRecord?> FindRoleAsync(string normalizedName, CancellationToken cancellationToken)
        => (await session.GetSingletonAsync<RolesDocument>(cancellationToken))?.Roles.FirstOrDefault(r => IsRole(r.Name, normalizedName));

    // Lockout

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(User user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(User user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(User user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // The session belongs to the request scope, which disposes it.
    }
}
