using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;
using SaRaiCms.Search.Commands;
using SaRaiCms.Search.Indexing;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Search.Querying;

[assembly: Module(
    Id = "SaRaiCms.Search",
    Name = "Tìm kiếm",
    Description = "Full-text search of published content with Lucene.Net: one index per site, Vietnamese-aware (accents optional, exact accents rank first), public /search page.",
    Category = "Search",
    // Public sites must offer search (Decree 42/2022/NĐ-CP); the module is on for every site.
    AlwaysEnabled = true,
    Dependencies = ["SaRaiCms.Contents"],
    OrchardFeatureIds = ["OrchardCore.Search", "OrchardCore.Search.Lucene", "OrchardCore.Indexing"])]

namespace SaRaiCms.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        services.AddSearchField(SearchFields.Title, SearchFieldKind.Text, boost: 3f);
        services.AddSearchField(SearchFields.Lead, SearchFieldKind.Text, boost: 1.5f);
        services.AddSearchField(SearchFields.Body, SearchFieldKind.Text, boost: 1f);
        services.AddSearchField(SearchFields.Category, SearchFieldKind.Text, boost: 1.5f);
        services.AddSearchField(SearchFields.Number, SearchFieldKind.Identifier, boost: 4f);

        services.AddSingleton<SearchAnalyzer>();
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<HtmlText>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchIndexingQueue>();
        services.AddScoped<ISearchIndexRebuilder, SearchIndexRebuilder>();
        services.AddScoped<ISearchService, SearchService>();
        services.AddScoped<IContentListTextSearch, ContentListTextSearch>();
        services.AddContentHandler<SearchIndexingHandler>();
        services.AddScoped<ICommandVerb, SearchReindexVerb>();
        services.AddHostedService<SearchIndexStartup>();
    }
}
