using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Editing;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Site;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.Modules;
using SaRaiCms.Search;

[assembly: Module(
    Id = SaRaiCms.Committee.CommitteeTypes.FeatureId,
    Name = "Đảng bộ",
    Description = "Organisations, officials, meetings, task lists, indicators, documents and news of a Party committee.",
    Category = "Committee",
    Dependencies = ["SaRaiCms.Contents", "SaRaiCms.Search"])]

namespace SaRaiCms.Committee;

/// <summary>The committee's content types, one folder each (part, drivers, handler, index, pages, views).</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<CommitteeMigration>();

        // Shared by the types: titles and paths of linked items, the site's today, editors' common pieces.
        services.AddScoped<ContentLookup>();
        services.AddScoped<ItemLinks>();
        services.AddScoped<SiteToday>();
        services.AddScoped<EditorChoices>();
        services.AddScoped<PostedEditors>();

        // Organisations/
        services.AddContentPart<OrganisationPart, OrganisationPartDisplayDriver>();
        services.AddIndexProvider<OrganisationIndexProvider>();
        services.AddScoped<OrganisationPages>();

        // Officials/
        services.AddContentPart<OfficialPart, OfficialPartDisplayDriver>();
        services.AddContentHandler<OfficialPartHandler>();
        services.AddIndexProvider<PositionIndexProvider>();
        services.AddScoped<OfficialTitles>();
        services.AddScoped<LeadershipPages>();

        // Meetings/
        services.AddContentPart<MeetingPart, MeetingPartDisplayDriver>();
        services.AddContentHandler<MeetingPartHandler>();
        services.AddIndexProvider<MeetingIndexProvider>();
        services.AddScoped<MeetingPages>();

        // Tasks/
        services.AddContentPart<TaskListPart, TaskListPartDisplayDriver>();
        services.AddContentHandler<TaskListPartHandler>();
        services.AddIndexProvider<TaskIndexProvider>();
        services.AddScoped<TaskPages>();

        // Documents/
        services.AddContentPart<DocumentPart, DocumentPartDisplayDriver>();
        services.AddContentHandler<DocumentPartHandler>();
        services.AddIndexProvider<DocumentIndexProvider>();
        services.AddSearchDocumentContributor<DocumentSearchContributor>();
        services.AddScoped<DocumentNumberCheck>();
        services.AddScoped<DocumentPages>();

        // News/
        services.AddIndexProvider<NewsIndexProvider>();
        services.AddIndexProvider<NewsViewCountTableProvider>();
        services.AddScoped<NewsViewCounter>();
        services.AddScoped<NewsCategories>();
        services.AddScoped<NewsPages>();
        services.AddScoped<IContentPartDisplayDriver, NewsPartDisplayDriver>();
        // The News part's shapes show these fields on the article page and in lists; their own field shapes are not shown there.
        services.Configure<ShapePlacementOptions>(o => o
            .Hide(CommitteeTypes.News, "Detail", NewsPart.Name, [.. NewsPart.FieldsShownByPart])
            .Hide(CommitteeTypes.News, "Summary", NewsPart.Name, [.. NewsPart.FieldsShownByPart]));

        // Site/: home page, feeds, the committee's menu and item page meta in the public layout.
        services.AddScoped<HomePage>();
        services.AddScoped<Feeds>();
        services.AddScoped<ItemPageMeta>();
        services.AddLayoutContributor<CommitteeLayoutContributor>();
    }
}
