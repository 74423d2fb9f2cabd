using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Recipes;
using SaRaiCms.Search.Querying;
using SaRaiCms.Testing;

namespace SaRaiCms.Search.Tests.Infrastructure;

/// <summary>Helpers shared by the search tests.</summary>
public static class SearchSite
{
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["AdminUserId"] = "4admin0000000000000000000a",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Default",
    };

    public static string TestData(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>
    /// A site without content, with the test-only <see cref="TestDocumentNumberContributor"/>
    /// registered as the committee module registers its own.
    /// </summary>
    public static SiteFactory Create(string? dataPath = null)
        => new SiteFactory(dataPath: dataPath).WithServices(services => services.AddSearchDocumentContributor<TestDocumentNumberContributor>());

    /// <summary>A started site with the Sa Rài test content imported.</summary>
    public static async Task<SiteFactory> StartWithContentAsync(string? dataPath = null)
    {
        var site = Create(dataPath);
        _ = site.Server;
        await site.RunRecipeAsync(TestData("sarai-search.recipe.json"));
        return site;
    }

    public static Task<RecipeResult> RunRecipeAsync(this SiteFactory site, string json)
        => site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, Parameters));

    public static Task<SearchResults> SearchAsync(this SiteFactory site, string query, string? type = null, int page = 1, int? pageSize = null)
        => site.InScopeAsync(sp => sp.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest { Query = query, ContentType = type, Page = page, PageSize = pageSize }));

    /// <summary>Content item ids found, best first.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(this SiteFactory site, string query, string? type = null)
        => (await site.SearchAsync(query, type, pageSize: 100)).Hits.Select(h => h.ContentItemId).ToList();
}
