using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Drivers;
using SaRaiCms.Committee.Handlers;
using SaRaiCms.Committee.Indexes;
using SaRaiCms.Committee.Migrations;
using SaRaiCms.Committee.Models;
using SaRaiCms.Committee.Services;
using SaRaiCms.Committee.Services.Editors;
using SaRaiCms.Modules;
using SaRaiCms.Search;

[assembly: Module(
    Id = "SaRaiCms.Committee",
    Name = "Đảng bộ",
    Description = "Organisations, officials, meetings, task lists, indicators, documents and news of a Party committee.",
    Category = "Committee",
    Dependencies = ["SaRaiCms.Contents", "SaRaiCms.Search"])]

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

        services.AddContentPart<OrganisationPart, OrganisationPartDisplayDriver>();
        services.AddContentPart<OfficialPart, OfficialPartDisplayDriver>();
        services.AddContentPart<MeetingPart, MeetingPartDisplayDriver>();
        services.AddContentPart<TaskListPart, TaskListPartDisplayDriver>();
        services.AddContentPart<DocumentPart, DocumentPartDisplayDriver>();

        services.AddSearchDocumentContributor<DocumentSearchContributor>();

        services.AddScoped<OfficialTitles>();
        services.AddScoped<SiteToday>();
        services.AddScoped<ContentLookup>();

        // Editors (Drivers/*.Editor.cs, Views/Shapes/*_Edit.cshtml, wwwroot/admin) and their live checks (Controllers/EditorLookupController.cs).
        services.AddScoped<EditorChoices>();
        services.AddScoped<PostedEditors>();
        services.AddScoped<DocumentNumberCheck>();

        // Public pages (Controllers/, Services/Pages/, Views/Pages/).
        Services.Pages.CommitteeSiteServiceCollectionExtensions.AddCommitteeSite(services);
    }
}
