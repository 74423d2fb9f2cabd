using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Caching;
using SaRaiCms.Search.Querying;
using SaRaiCms.Search.ViewModels;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Controllers;

/// <summary>
/// The public search page, <c>GET /search?q=&amp;type=&amp;page=</c>. Any input gives a page:
/// an empty query shows the form, a query with nothing to look for or that cannot run shows a
/// message in Vietnamese. Only published items are ever listed.
/// </summary>
public sealed class SearchController(ISearchService search, IDocumentSession session, IVietnameseText text, IPageCacheDependencies dependencies) : Controller
{
    private const string PageView = "/Areas/SaRaiCms.Search/Views/Search/Index.cshtml";

    [HttpGet("/search")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? page, [FromQuery] string? sort, CancellationToken cancellationToken = default)
    {
        // Results may change with any publication.
        dependencies.AddList(IPageCacheDependencies.AnyType);
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var results = await search.SearchAsync(new SearchRequest
        {
            Query = q,
            ContentType = type,
            Page = int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 1,
            Sort = string.Equals(sort, "new", StringComparison.OrdinalIgnoreCase) ? SearchSort.Newest : SearchSort.Relevance,
        }, cancellationToken);

        var zone = TimeZone(settings.TimeZoneId);
        var dates = results.Hits
            .Where(h => h.PublishedUtc is not null)
            .ToDictionary(h => h.ContentItemId, h => text.FormatShortDate(TimeZoneInfo.ConvertTimeFromUtc(h.PublishedUtc!.Value, zone)), StringComparer.Ordinal);
        return View(PageView, new SearchPageViewModel
        {
            SiteName = settings.SiteName,
            Results = results,
            Dates = dates,
            Summary = results.Status == SearchStatus.Ok && results.Total > 0
                ? $"Tìm thấy {text.FormatNumber(results.Total)} kết quả cho “{results.Query}”."
                : null,
        });
    }

    private static TimeZoneInfo TimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "UTC+07", "UTC+07");
        }
    }
}
