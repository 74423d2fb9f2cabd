using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Security;

/// <summary>
/// A user has a permission when one of their roles (role claims) grants it in the site's
/// roles document. Administrators have every permission. Grants are cached per site and
/// refreshed when the roles document is saved.
/// </summary>
public sealed class PermissionChecker(IDocumentSession session, IMemoryCache cache, ISiteAccessor site) : IPermissionChecker
{
    public static string CacheKey(SiteContext site) => site.CacheKey("role-grants");

    public async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (roles.Contains(StandardRoles.Administrator))
        {
            return true;
        }

        var grants = await GrantsAsync(cancellationToken);
        return roles.Any(role => grants.TryGetValue(role, out var granted) && granted.Contains(permission.Name));
    }

    private async Task<IReadOnlyDictionary<string, HashSet<string>>> GrantsAsync(CancellationToken cancellationToken)
    {
        var key = CacheKey(site.Current);
        if (cache.TryGetValue(key, out IReadOnlyDictionary<string, HashSet<string>>? grants) && grants is not null)
        {
            return grants;
        }

        var document = await session.GetSingletonAsync<RolesDocument>(cancellationToken) ?? new RolesDocument();
        grants = document.Roles.ToDictionary(r => r.Name, r => r.Permissions.ToHashSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        cache.Set(key, grants, TimeSpan.FromMinutes(5));
        return grants;
    }
}

/// <summary>Lets <c>[Authorize(Policy = "perm:Name")]</c> work for any declared permission.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await checker.HasAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Builds policies named "perm:{Permission}" on demand from the declared permissions.</summary>
public sealed class PermissionPolicyProvider(Microsoft.Extensions.Options.IOptions<AuthorizationOptions> options, IEnumerable<IPermissionProvider> providers)
    : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "perm:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        var name = policyName[Prefix.Length..];
        var permission = providers.SelectMany(p => p.GetPermissions()).FirstOrDefault(p => p.Name == name)
                         ?? throw new InvalidOperationException($"No module declares the permission '{name}'.");
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)).Build();
    }
}
