using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SaRaiCms.Committee.Indexes;
using SaRaiCms.Committee.Models;
using SaRaiCms.Display;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee.Services.Pages;

public static class CommitteeSiteServiceCollectionExtensions
{
    /// <summary>
    /// The public committee site: page services, the news view counter, theme overrides of page
    /// views (<see cref="IThemeViewLocator"/>) and per-site feature checks on the page routes.
    /// </summary>
    public static IServiceCollection AddCommitteeSite(this IServiceCollection services)
    {
        services.AddIndexProvider<NewsViewCountTableProvider>();

        services.TryAddSingleton<IThemeViewLocator, ThemeViewLocator>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, ThemeViewMvcOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, FeatureEndpointPolicy>());

        services.AddScoped<SiteChrome>();
        services.AddScoped<ItemLinks>();
        services.AddScoped<NewsViewCounter>();
        services.AddScoped<NewsPages>();
        services.AddScoped<MeetingPages>();
        services.AddScoped<OrganisationPages>();
        services.AddScoped<LeadershipPages>();
        services.AddScoped<TaskPages>();
        services.AddScoped<DocumentPages>();
        services.AddScoped<HomePage>();
        services.AddScoped<Feeds>();
        services.AddScoped<ItemPageMeta>();

        // An article's page shows these fields itself (NewsPages.ArticleAsync): their shapes are not built.
        services.Configure<ShapePlacementOptions>(o => o.Hide(CommitteeTypes.News, "Detail", CommitteeTypes.News, [.. NewsFields.ShownByArticle]));
        return services;
    }
}
