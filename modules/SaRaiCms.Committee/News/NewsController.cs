using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.News;

public sealed class NewsController : CommitteePageController
{
    [HttpGet("/tin-tuc")]
    public async Task<IActionResult> List([FromServices] NewsPages news, [FromQuery] int page = 1, [FromQuery(Name = "chuyen-muc")] string? category = null, CancellationToken cancellationToken = default)
        => await news.ListAsync(page, category, cancellationToken) is { } model ? PageView("News", "NewsList", model) : NotFoundPage();

    [HttpGet("/rss.xml")]
    public async Task<IActionResult> Rss([FromServices] Feeds feeds, CancellationToken cancellationToken)
        => File(await feeds.RssAsync(Request, 20, cancellationToken), "application/rss+xml; charset=utf-8");

    /// <summary>
    /// Counts a read of an article, called by the article page's script: the page itself may come
    /// from the output cache. Answers the new total for the page to show.
    /// </summary>
    [HttpPost("/api/news/{id}/views")]
    public async Task<IActionResult> CountRead(string id, [FromServices] NewsPages news, CancellationToken cancellationToken)
        => await news.CountReadAsync(id, cancellationToken) is { } count
            ? Json(new { views = count.Views, text = count.Text })
            : NotFound();
}
