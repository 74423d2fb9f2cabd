using SaRaiCms.Security;

namespace SaRaiCms.Admin.Services;

public sealed class AdminPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [AdminPermissions.AccessAdmin];

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants()
        => [(StandardRoles.Editor, AdminPermissions.AccessAdmin), (StandardRoles.Reviewer, AdminPermissions.AccessAdmin), (StandardRoles.Author, AdminPermissions.AccessAdmin)];
}
