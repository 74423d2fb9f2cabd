using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// A container's detail page lists its published children (those whose <see cref="ContainedPart"/>
/// points here, found through <see cref="ContainedPartIndex"/>), newest first, a page of
/// <see cref="ListPartSettings.PageSize"/> at a time (?page=N), each rendered as a Summary.
/// Summaries of the container show no children. The list has no editor: children are created
/// from the container and carry their own ContainedPart.
/// </summary>
public sealed class ListPartDisplayDriver(IDocumentSession session, IHttpContextAccessor httpContextAccessor) : ContentPartDisplayDriver<ListPart>
{
    public const string PageQueryKey = "page";

    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(ListPart part, PartContext context)
    {
        if (context.Build.DisplayType != "Detail")
        {
            return [];
        }

        var container = context.Build.ContentItem;
        var cancellationToken = context.Build.CancellationToken;
        var pageSize = context.TypePart.GetSettings<ListPartSettings>().PageSize is > 0 and var size ? Math.Min(size, 100) : 10;

        var children = session.Query<ContainedPartIndex>()
            .Where(c => c.ListContentItemId == container.ContentItemId && c.Published)
            .Select(c => c.ContentItemId);
        var query = session.Query<ContentItemIndex>().Where(i => i.Published && children.Contains(i.ContentItemId));
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var page = Math.Clamp(RequestedPage(), 1, pageCount);
        var items = total == 0
            ? []
            : await session.ListAsync<ContentItem, ContentItemIndex>(
                query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id).Skip((page - 1) * pageSize).Take(pageSize),
                cancellationToken);

        // Resolved here, not injected: the display manager is built from the drivers, this one included.
        var display = context.Build.Services.GetRequiredService<IContentDisplayManager>();
        var shapes = new List<ContentShape>(items.Count);
        foreach (var item in items)
        {
            shapes.Add(await display.BuildDisplayAsync(item, "Summary", cancellationToken));
        }

        return [Shape("ListPart", new ListPartViewModel { ContentItem = container, Items = shapes, Page = page, PageCount = pageCount }, context)];
    }

    private int RequestedPage()
        => httpContextAccessor.HttpContext?.Request.Query[PageQueryKey].ToString() is { Length: > 0 } text && int.TryParse(text, out var page) ? page : 1;
}

/// <summary>Set by code when an item is created in a list; nothing to show or edit.</summary>
public sealed class ContainedPartDisplayDriver : ContentPartDisplayDriver<ContainedPart>
{
}

/// <summary>
/// Items embedded in their parent. The detail display renders each as a Summary (summaries of
/// the parent do not, which also stops bags within bags from recursing). The editor only lists
/// the embedded items: full nested editing (adding, removing, reordering and editing embedded
/// items with their own drivers) is out of scope here and will come with the admin's bag editor;
/// until then an update leaves the embedded items exactly as they were.
/// </summary>
public sealed class BagPartDisplayDriver(IContentDefinitionManager definitions) : ContentPartDisplayDriver<BagPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(BagPart part, PartContext context)
    {
        if (context.Build.DisplayType != "Detail" || part.ContentItems.Count == 0)
        {
            return [];
        }

        var cancellationToken = context.Build.CancellationToken;
        var display = context.Build.Services.GetRequiredService<IContentDisplayManager>();
        var shapes = new List<ContentShape>(part.ContentItems.Count);
        foreach (var item in part.ContentItems)
        {
            // An embedded item of a type no longer defined cannot be displayed; it is skipped, not fatal.
            if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not null)
            {
                shapes.Add(await display.BuildDisplayAsync(item, "Summary", cancellationToken));
            }
        }

        return [Shape("BagPart", new BagPartViewModel { ContentItem = context.Build.ContentItem, PartName = context.TypePart.Name, Items = shapes }, context)];
    }

    protected override Task<IEnumerable<ShapeResult>> EditAsync(BagPart part, PartContext context)
        => Shapes(Shape("BagPart_Edit", new BagPartViewModel
        {
            ContentItem = context.Build.ContentItem,
            PartName = context.TypePart.Name,
            Entries = part.ContentItems.Select(i => new BagEntry(TaxonomyTerms.NameOf(i), i.ContentType)).ToList(),
        }, context));
}
