using SaRaiCms.Admin;
using SaRaiCms.Security;

namespace SaRaiCms.AuditTrail.Security;

public static class AuditTrailPermissions
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Xem nhật ký hệ thống", "Quản trị");
}

/// <summary>No role is granted the audit trail by default: only administrators (who hold every permission) see it.</summary>
public sealed class AuditTrailPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [AuditTrailPermissions.ViewAuditTrail];

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants() => [];
}

public sealed class AuditTrailNavigation : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Security, "Nhật ký hệ thống", AdminPaths.Prefix + "/audit", AuditTrailPermissions.ViewAuditTrail, 90);
        return Task.CompletedTask;
    }
}
