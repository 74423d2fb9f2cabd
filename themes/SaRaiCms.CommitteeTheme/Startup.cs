using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee;
using SaRaiCms.Contents.Models;
using SaRaiCms.Display;
using SaRaiCms.Modules;

namespace SaRaiCms.CommitteeTheme;

/// <summary>
/// The theme is views and static files (wwwroot, served at /_content/SaRaiCms.CommitteeTheme/…
/// by the platform). A site uses it when its settings name it (the recipe's Themes step or
/// /admin/settings).
/// </summary>
public sealed class Startup : ModuleStartup
{
    // The theme's news summary (Views/Shapes/Content-News.Summary.cshtml) shows the title shape and
    // NewsPages.SummaryAsync; the News part's fields and the body are not built for it.
    public override void ConfigureServices(IServiceCollection services)
        => services.Configure<ShapePlacementOptions>(o => o
            .Hide(CommitteeTypes.News, "Summary", CommitteeTypes.News)
            .Hide(CommitteeTypes.News, "Summary", nameof(HtmlBodyPart)));
}
