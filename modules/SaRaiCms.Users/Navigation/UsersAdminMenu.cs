using SaRaiCms.Admin;
using SaRaiCms.Users.Security;

namespace SaRaiCms.Users.Navigation;

public sealed class UsersAdminMenu : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Security, "Người dùng", "/admin/users", UsersPermissions.ManageUsers, 1);
        builder.Add(AdminMenuGroups.Security, "Vai trò", "/admin/roles", UsersPermissions.ManageRoles, 2);
        return Task.CompletedTask;
    }
}
