using SaRaiCms.Security;

namespace SaRaiCms.Users.Security;

public static class UsersPermissions
{
    private const string Category = "Người dùng";

    public static readonly Permission ManageUsers = new("ManageUsers", "Quản lý người dùng: tạo, khóa, xóa, gán vai trò, đặt lại mật khẩu", Category);
    public static readonly Permission ManageRoles = new("ManageRoles", "Quản lý vai trò và quyền của vai trò", Category);
}

/// <summary>Managing accounts and roles is for administrators only (who hold every permission), so there are no default grants.</summary>
public sealed class UsersPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [UsersPermissions.ManageUsers, UsersPermissions.ManageRoles];

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants() => [];
}
