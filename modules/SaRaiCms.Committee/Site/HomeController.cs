using Microsoft.AspNetCore.Mvc;

namespace SaRaiCms.Committee.Site;

public sealed class HomeController : CommitteePageController
{
    /// <summary>The home page; takes precedence over the Contents module's list of everything.</summary>
    [HttpGet("/", Order = -1)]
    public async Task<IActionResult> Home([FromServices] HomePage home, CancellationToken cancellationToken)
        => PageView("Site", "Home", await home.BuildAsync(cancellationToken));

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap([FromServices] Feeds feeds, CancellationToken cancellationToken)
        => File(await feeds.SitemapAsync(Request, cancellationToken), "application/xml; charset=utf-8");
}
