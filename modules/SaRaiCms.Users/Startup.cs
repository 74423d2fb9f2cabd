using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Navigation;
using SaRaiCms.Users.Security;
using SaRaiCms.Users.Services;
using SaRaiCms.Users.Setup;

[assembly: Module(
    Id = "SaRaiCms.Users",
    Name = "Người dùng",
    Description = "Users, roles, sign-in and the first administrator, on ASP.NET Core Identity.",
    Category = "Security",
    AlwaysEnabled = true,
    OrchardFeatureIds = ["OrchardCore.Users", "OrchardCore.Roles"])]

namespace SaRaiCms.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<UsersMigration>();
        services.AddIndexProvider<UserIndexProvider>();
        services.AddIndexProvider<UserByRoleIndexProvider>();

        services.AddIdentity<User, Role>(UserPolicy.ConfigureIdentity)
            .AddUserStore<UserStore>()
            .AddRoleStore<RoleStore>()
            .AddSignInManager<UserSignInManager>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();
        services.ConfigureApplicationCookie(UserPolicy.ConfigureCookie);
        services.Configure<SecurityStampValidatorOptions>(UserPolicy.ConfigureSessionRevalidation);

        services.AddScoped<ISiteSetupHandler, AdministratorSetupHandler>();

        services.AddPermissionProvider<UsersPermissionProvider>();
        services.AddNavigationProvider<UsersAdminMenu>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<RolePermissionCatalog>();
    }

    // Sign-in, sign-out and the users and roles admin are attribute-routed controllers, mapped by the host's MapControllers.
}

public sealed class UsersMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.Users";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } =
    [
        async context =>
        {
            await context.Schema.CreateMapIndexTableAsync<UserIndex>(context.CancellationToken);
            await context.Schema.CreateMapIndexTableAsync<UserByRoleIndex>(context.CancellationToken);
        },
    ];
}
