using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.Security;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Services;

/// <summary>
/// ASP.NET Core Identity's role store over the site's one <see cref="RolesDocument"/>, the
/// document the recipe "Roles" step writes, so roles made by a recipe and by Identity are the
/// same roles. A role's id is its name. Every save refreshes the site's cached role grants
/// (<see cref="PermissionChecker"/>) once it commits, so a changed role counts on the next request.
/// </summary>
public sealed class RoleStore(
    IDocumentSession session,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IMemoryCache cache,
    ISiteAccessor site,
    IEnumerable<SecurityEventHandler> securityEvents) : IRoleStore<Role>
{
    public async Task<IdentityResult> CreateAsync(Role role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var document = await LoadAsync(cancellationToken);
        if (Find(document, role.Name) is not null)
        {
            return IdentityResult.Failed(errors.DuplicateRoleName(role.Name));
        }

        document.Roles.Add(new RoleRecord { Name = role.Name, Description = role.Description, Permissions = role.Permissions.ToList() });
        var result = await SaveAsync(document, cancellationToken);
        if (result.Succeeded)
        {
            role.StoredName = role.Name;
        }

        return result;
    }

    public async Task<IdentityResult> UpdateAsync(Role role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var document = await LoadAsync(cancellationToken);
        var record = Find(document, role.StoredName ?? role.Name);
        if (record is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "RoleNotFound", Description = $"Role '{role.Name}' does not exist." });
        }

        if (!string.Equals(record.Name, role.Name, StringComparison.Ordinal))
        {
            // Users keep role names; renaming would silently take the role away from them.
            return IdentityResult.Failed(new IdentityError { Code = "RoleRenameNotSupported", Description = $"Role '{record.Name}' cannot be renamed; create a new role instead." });
        }

        var before = record.Permissions;
        record.Description = role.Description;
        record.Permissions = role.Permissions.ToList();
        if (!before.ToHashSet(StringComparer.Ordinal).SetEquals(record.Permissions))
        {
            // Raised before the save, so what handlers record is written with the new grants.
            var change = new RolePermissionsEvent(record.Name, before, record.Permissions.ToList());
            foreach (var handler in securityEvents)
            {
                await handler.RolePermissionsChangedAsync(change, cancellationToken);
            }
        }

        return await SaveAsync(document, cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(Role role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var document = await LoadAsync(cancellationToken);
        var record = Find(document, role.StoredName ?? role.Name);
        if (record is null)
        {
            return IdentityResult.Success;
        }

        document.Roles.Remove(record);
        session.Save(document);

        // Take the role away from its users in the same unit of work, so no user keeps a role that no longer exists.
        var holders = await session.ListAsync<User, UserByRoleIndex>(session.Query<UserByRoleIndex>().Where(i => i.RoleName == record.Name), cancellationToken);
        foreach (var user in holders)
        {
            user.Roles.RemoveAll(r => string.Equals(r, record.Name, StringComparison.OrdinalIgnoreCase));
            session.Save(user);
        }

        return await SaveAsync(document, cancellationToken);
    }

    public async Task<Role?> FindByIdAsync(string roleId, CancellationToken cancellationToken)
    {
        var record = Find(await LoadAsync(cancellationToken), roleId);
        return record is null ? null : ToRole(record);
    }

    public async Task<Role?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken)
    {
        var record = (await LoadAsync(cancellationToken)).Roles.FirstOrDefault(r => normalizer.NormalizeName(r.Name) == normalizedRoleName);
        return record is null ? null : ToRole(record);
    }

    public Task<string> GetRoleIdAsync(Role role, CancellationToken cancellationToken) => Task.FromResult(role.StoredName ?? role.Name);

    public Task<string?> GetRoleNameAsync(Role role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.Name);

    public Task SetRoleNameAsync(Role role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedRoleNameAsync(Role role, CancellationToken cancellationToken) => Task.FromResult(role.NormalizedName);

    public Task SetNormalizedRoleNameAsync(Role role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // The session belongs to the request scope, which disposes it.
    }

    private async Task<RolesDocument> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await session.GetSingletonAsync<RolesDocument>(cancellationToken) ?? new RolesDocument();
    }

    /// <summary>Role names are compared as the recipe step compares them: ignoring case.</summary>
    private static RoleRecord? Find(RolesDocument document, string name)
        => document.Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private Role ToRole(RoleRecord record) => new()
    {
        Name = record.Name,
        NormalizedName = normalizer.NormalizeName(record.Name),
        Description = record.Description,
        Permissions = record.Permissions.ToList(),
        StoredName = record.Name,
    };

    private async Task<IdentityResult> SaveAsync(RolesDocument document, CancellationToken cancellationToken)
    {
        session.Save(document);
        var key = PermissionChecker.CacheKey(site.Current);
        session.AfterCommit(() => cache.Remove(key));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (DocumentConcurrencyException)
        {
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }
    }
}
