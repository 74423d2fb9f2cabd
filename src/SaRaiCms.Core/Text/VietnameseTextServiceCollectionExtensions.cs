using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Text;

public static class VietnameseTextServiceCollectionExtensions
{
    /// <summary>
    /// The Vietnamese text service, and the content handler that normalises text on every save.
    /// Registered by the platform before any module, so the handler runs before the modules' own.
    /// </summary>
    public static IServiceCollection AddVietnameseText(this IServiceCollection services)
    {
        services.AddOptions<VietnameseTextOptions>();
        services.TryAddSingleton<ISlugService, SlugService>();
        services.TryAddSingleton<IVietnameseText, VietnameseText>();
        services.AddScoped<ContentHandlerBase, VietnameseTextContentHandler>();
        return services;
    }
}
