using SaRaiCms.Security;

namespace SaRaiCms.Admin.Services;

public static class SettingsPermissions
{
    public static readonly Permission ManageSettings = new("ManageSettings", "Sửa cấu hình chung của trang (tên, liên hệ, múi giờ…)", "Quản trị");
}

/// <summary>Every standard role may enter the admin; only administrators (who hold every permission) change the site settings.</summary>
public sealed class AdminPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [AdminPermissions.AccessAdmin, SettingsPermissions.ManageSettings];

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants()
        => [(StandardRoles.Editor, AdminPermissions.AccessAdmin), (StandardRoles.Reviewer, AdminPermissions.AccessAdmin), (StandardRoles.Author, AdminPermissions.AccessAdmin)];
}
