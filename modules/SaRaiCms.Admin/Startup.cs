using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Admin.Services;
using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Admin",
    Name = "Quản trị",
    Description = "The admin shell: dashboard, menu contributed by modules, Vietnamese and English, admin response headers.",
    Category = "Admin",
    AlwaysEnabled = true,
    OrchardFeatureIds = ["OrchardCore.Admin", "OrchardCore.Navigation", "OrchardCore.Localization"])]

namespace SaRaiCms.Admin;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "");
        services.AddPermissionProvider<AdminPermissionProvider>();
        services.AddNavigationProvider<AdminNavigation>();
        services.AddScoped<IAdminMenu, AdminMenu>();
        services.AddSingleton<TimeZoneCatalog>();
        services.Configure<MvcOptions>(o => o.Filters.Add<AdminResponseFilter>());
        services.Configure<MvcOptions>(o => o.Filters.Add<AdminMenuFilter>());
        services.Configure<MvcOptions>(ModelBindingMessages.Configure);
        services.Configure<RequestLocalizationOptions>(AdminCulture.Configure);
    }

    public override void ConfigurePipeline(IApplicationBuilder app)
    {
        // Only the admin follows the editor's language choice; the public site is Vietnamese
        // (its English pages are their own content items).
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(AdminPaths.Prefix, StringComparison.OrdinalIgnoreCase),
            admin => admin.UseRequestLocalization());
    }
}
