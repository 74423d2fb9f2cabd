using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Handlers;
using SaRaiCms.Committee.Indexes;
using SaRaiCms.Committee.Migrations;
using SaRaiCms.Committee.Services;
using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Committee",
    Name = "Đảng bộ",
    Description = "Organisations, officials, meetings, task lists, indicators, documents and news of a Party committee.",
    Category = "Committee",
    Dependencies = ["SaRaiCms.Contents"])]

namespace SaRaiCms.Committee;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<CommitteeMigration>();

        services.AddIndexProvider<MeetingIndexProvider>();
        services.AddIndexProvider<PositionIndexProvider>();
        services.AddIndexProvider<TaskIndexProvider>();
        services.AddIndexProvider<DocumentIndexProvider>();
        services.AddIndexProvider<OrganisationIndexProvider>();
        services.AddIndexProvider<NewsIndexProvider>();

        services.AddContentHandler<DocumentPartHandler>();
        services.AddContentHandler<OfficialPartHandler>();
        services.AddContentHandler<MeetingPartHandler>();
        services.AddContentHandler<TaskListPartHandler>();

        services.AddScoped<OfficialTitles>();
        services.AddScoped<ContentLookup>();
    }
}
