using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.OutputCache",
    Name = "Bộ đệm trang",
    Description = "Output caching of public pages for anonymous readers, evicted by tag when content is published, unpublished or removed.",
    Category = "Performance",
    // Evicting on every content change must not depend on a per-site switch; Enabled in settings turns caching off.
    AlwaysEnabled = true)]

namespace SaRaiCms.OutputCache;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>, PublicPageCachePolicy>((o, settings, policy) =>
        {
            o.SizeLimit = Math.Max(1, settings.Value.SizeLimitMegabytes) * 1024L * 1024L;
            o.AddBasePolicy(policy);
        });
        services.AddSingleton<PublicPageCachePolicy>();
        services.AddSingleton<PageCacheEvictor>();
        services.AddScoped<SaRaiCms.Caching.ISitePageCache, SitePageCache>();
        services.AddContentHandler<PageCacheEvictionHandler>();
    }

    public override void ConfigurePipeline(IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseOutputCache();
        }
    }
}
