using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Services.Pages;

namespace SaRaiCms.Committee.Controllers;

/// <summary>
/// The committee site's public list pages. Each action asks one service (Services/Pages) for a
/// typed view model and returns the module's view under Views/Pages; a theme overrides a page
/// view by shipping a file of the same name under its own Areas/{Theme}/Views/Pages
/// (<see cref="IThemeViewLocator"/>). On a site without the committee feature these routes do not
/// match (<see cref="RequiresFeatureAttribute"/>), and the Contents module's pages answer.
/// </summary>
[RequiresFeature(FeatureId)]
public sealed class PagesController : Controller
{
    public const string FeatureId = "SaRaiCms.Committee";
    private const string Views = "/Areas/SaRaiCms.Committee/Views/Pages/";

    /// <summary>The home page; takes precedence over the Contents module's list of everything.</summary>
    [HttpGet("/", Order = -1)]
    public async Task<IActionResult> Home([FromServices] HomePage home, CancellationToken cancellationToken)
        => View(Views + "Home.cshtml", await home.BuildAsync(cancellationToken));

    [HttpGet("/tin-tuc")]
    public async Task<IActionResult> News([FromServices] NewsPages news, [FromQuery] int page = 1, [FromQuery(Name = "chuyen-muc")] string? category = null, CancellationToken cancellationToken = default)
        => await news.ListAsync(page, category, cancellationToken) is { } model ? View(Views + "News.cshtml", model) : NotFoundPage();

    [HttpGet("/hoi-nghi")]
    public async Task<IActionResult> Meetings([FromServices] MeetingPages meetings, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
        => View(Views + "Meetings.cshtml", await meetings.ListAsync(page, cancellationToken));

    [HttpGet("/lanh-dao")]
    public async Task<IActionResult> Leadership([FromServices] LeadershipPages leadership, CancellationToken cancellationToken)
        => View(Views + "Leadership.cshtml", await leadership.PageAsync(cancellationToken));

    [HttpGet("/to-chuc")]
    public async Task<IActionResult> Organisations([FromServices] OrganisationPages organisations, CancellationToken cancellationToken)
        => View(Views + "Organisations.cshtml", await organisations.TreeAsync(cancellationToken));

    [HttpGet("/nhiem-vu")]
    public async Task<IActionResult> Tasks([FromServices] TaskPages tasks, [FromQuery(Name = "trang-thai")] string? status = null, CancellationToken cancellationToken = default)
        => await tasks.PageAsync(status, cancellationToken) is { } model ? View(Views + "Tasks.cshtml", model) : NotFoundPage();

    [HttpGet("/van-ban")]
    public async Task<IActionResult> Documents(
        [FromServices] DocumentPages documents,
        [FromQuery(Name = "loai")] string? type = null,
        [FromQuery(Name = "nam")] string? year = null,
        [FromQuery(Name = "so")] string? number = null,
        [FromQuery] int page = 1,
        CancellationToken cancellationToken = default)
    {
        int? parsedYear = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200 ? y : null;
        return View(Views + "Documents.cshtml", await documents.ListAsync(type, parsedYear, number, page, cancellationToken));
    }

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap([FromServices] Feeds feeds, CancellationToken cancellationToken)
        => File(await feeds.SitemapAsync(Request, cancellationToken), "application/xml; charset=utf-8");

    [HttpGet("/rss.xml")]
    public async Task<IActionResult> Rss([FromServices] Feeds feeds, CancellationToken cancellationToken)
        => File(await feeds.RssAsync(Request, 20, cancellationToken), "application/rss+xml; charset=utf-8");

    /// <summary>
    /// Counts a read of an article, called by the article page's script: the page itself may come
    /// from the output cache. Answers the new total for the page to show.
    /// </summary>
    [HttpPost("/api/news/{id}/views")]
    public async Task<IActionResult> CountNewsRead(string id, [FromServices] NewsPages news, CancellationToken cancellationToken)
        => await news.CountReadAsync(id, cancellationToken) is { } count
            ? Json(new { views = count.Views, text = count.Text })
            : NotFound();

    /// <summary>The same Vietnamese 404 page as an unknown path (the theme's version wins).</summary>
    private ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("/Areas/SaRaiCms.Contents/Views/Item/NotFound.cshtml", Request.Path.Value);
    }
}
