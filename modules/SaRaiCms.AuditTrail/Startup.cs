using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.AuditTrail.Handlers;
using SaRaiCms.AuditTrail.Indexes;
using SaRaiCms.AuditTrail.Security;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.Modules;
using SaRaiCms.Security;

[assembly: Module(
    Id = "SaRaiCms.AuditTrail",
    Name = "Nhật ký hệ thống",
    Description = "Records sign-ins, publishing and deleting content, and permission changes; lists them for administrators.",
    Category = "Security",
    Dependencies = ["SaRaiCms.Contents"],
    AlwaysEnabled = true,
    OrchardFeatureIds = ["OrchardCore.AuditTrail"])]

namespace SaRaiCms.AuditTrail;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<AuditTrailMigration>();
        services.AddIndexProvider<AuditEventIndexProvider>();
        services.AddOptions<AuditTrailOptions>().BindConfiguration("SaRaiCms:AuditTrail");
        services.AddHttpContextAccessor();

        services.AddScoped<IAuditTrail, AuditTrailService>();
        services.AddScoped<AuditEventQuery>();
        services.AddScoped<AuditRetention>();
        services.AddHostedService<AuditRetentionService>();

        services.AddContentHandler<ContentAuditHandler>();
        services.AddScoped<SecurityEventHandler, SecurityAuditHandler>();

        services.AddPermissionProvider<AuditTrailPermissionProvider>();
        services.AddNavigationProvider<AuditTrailNavigation>();
    }
}

public sealed class AuditTrailMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.AuditTrail";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } =
    [
        context => context.Schema.CreateMapIndexTableAsync<AuditEventIndex>(context.CancellationToken),
    ];
}
