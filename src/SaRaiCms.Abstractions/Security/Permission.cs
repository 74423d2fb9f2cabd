using Microsoft.AspNetCore.Authorization;

namespace SaRaiCms.Security;

/// <summary>A named right that roles grant. Modules declare theirs through an <see cref="IPermissionProvider"/>.</summary>
public sealed record Permission(string Name, string Description, string Category)
{
    public override string ToString() => Name;
}

/// <summary>What a module lets administrators grant, and the default grants for the standard roles.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Permissions each standard role (Administrator, Editor, Reviewer, Author) gets when a site is set up.</summary>
    IEnumerable<(string Role, Permission Permission)> GetDefaultGrants();
}

/// <summary>The requirement behind <c>[Authorize(Policy = "perm:Name")]</c> and <see cref="IPermissionChecker"/>.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

/// <summary>Answers "may this user do that", from the user's roles and the site's role grants.</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(System.Security.Claims.ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default);
}

public static class StandardRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Author = "Author";
}
