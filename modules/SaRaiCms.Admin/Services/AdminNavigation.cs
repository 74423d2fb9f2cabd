namespace SaRaiCms.Admin.Services;

public sealed class AdminNavigation : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Configuration, "Cấu hình chung", "/admin/settings", SettingsPermissions.ManageSettings, 1);
        return Task.CompletedTask;
    }
}
