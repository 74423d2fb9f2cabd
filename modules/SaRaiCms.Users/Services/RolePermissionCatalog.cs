using SaRaiCms.Contents.Security;
using SaRaiCms.Metadata;
using SaRaiCms.Security;

namespace SaRaiCms.Users.Services;

public sealed record PermissionGroup(string Category, IReadOnlyList<Permission> Permissions);

/// <summary>
/// Every permission a role can be granted: those each module declares, and the content
/// permissions once more for each content type of the site ("PublishContent_News").
/// </summary>
public sealed class RolePermissionCatalog(IEnumerable<IPermissionProvider> providers, IContentDefinitionManager definitions)
{
    public async Task<IReadOnlyList<PermissionGroup>> ListAsync(CancellationToken cancellationToken)
    {
        var permissions = providers.SelectMany(p => p.GetPermissions()).ToList();
        foreach (var type in await definitions.ListTypesAsync(cancellationToken))
        {
            permissions.AddRange(ContentPermissions.TypeScoped.Select(p => ContentPermissions.ForType(p, type.Name, string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName)));
        }

        // Grouped by category in the order they were declared, so related permissions stay together.
        return permissions
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => new PermissionGroup(g.Key, g.ToList()))
            .ToList();
    }
}
