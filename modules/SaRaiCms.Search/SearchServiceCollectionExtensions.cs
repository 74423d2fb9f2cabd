using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Search;

/// <summary>What other modules use to extend the search.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Declares a searchable field (what contributors add to it is searched, with this boost).</summary>
    public static IServiceCollection AddSearchField(this IServiceCollection services, string name, SearchFieldKind kind = SearchFieldKind.Text, float boost = 1f)
    {
        services.Configure<SearchOptions>(o => o.Fields[name] = new SearchFieldOptions(kind, boost));
        return services;
    }

    /// <summary>Registers a contributor that adds a module's fields to every indexed item.</summary>
    public static IServiceCollection AddSearchDocumentContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, ISearchDocumentContributor
    {
        services.AddScoped<ISearchDocumentContributor, TContributor>();
        return services;
    }
}
