using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// Public rendering of content: the home page lists published items, and any published item
/// with an AutoroutePart is served at its path. A theme replaces the views, not this logic.
/// </summary>
public sealed class ItemController(IDocumentSession session, IContentDisplayManager display, IPageCacheDependencies dependencies) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/Item/";

    [HttpGet("/")]
    public async Task<IActionResult> Home([FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        dependencies.AddList(IPageCacheDependencies.AnyType);
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        page = Math.Max(1, page);
        var query = session.Query<ContentItemIndex>().Where(i => i.Published);
        var total = await query.CountAsync(cancellationToken);
        var items = await session.ListAsync<ContentItem, ContentItemIndex>(
            query.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id).Skip((page - 1) * settings.PageSize).Take(settings.PageSize),
            cancellationToken);
        var shapes = new List<ContentShape>();
        foreach (var item in items)
        {
            shapes.Add(await display.BuildDisplayAsync(item, "Summary", cancellationToken));
        }

        return View(Views + "Home.cshtml", new HomeViewModel
        {
            SiteName = settings.SiteName,
            Items = shapes,
            Page = page,
            PageCount = Math.Max(1, (int)Math.Ceiling(total / (double)settings.PageSize)),
        });
    }

    /// <summary>Any other path: the published item routed there, or 404.</summary>
    [HttpGet("/{**path}", Order = int.MaxValue)]
    public async Task<IActionResult> Display(string path, CancellationToken cancellationToken = default)
    {
        var clean = AutorouteService.CleanPath(path ?? "");
        // The published route and the item's published version, with the document, in one query.
        var item = await session.FirstOrDefaultAsync<ContentItem, ContentItemIndex>(
            from route in session.Query<AutorouteIndex>().Where(r => r.Path == clean && r.Published)
            join index in session.Query<ContentItemIndex>().Where(i => i.Published) on route.ContentItemId equals index.ContentItemId
            select index,
            cancellationToken);
        if (item is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(Views + "NotFound.cshtml", path);
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        return View(Views + "Display.cshtml", new ItemPageViewModel
        {
            SiteName = settings.SiteName,
            Title = item.DisplayText,
            Content = await display.BuildDisplayAsync(item, "Detail", cancellationToken),
        });
    }
}
