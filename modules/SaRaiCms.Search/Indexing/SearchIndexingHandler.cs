using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// Keeps the site's index current: a published version is (re)indexed; unpublishing or removing
/// an item takes it out; imported published versions are indexed. The index is written only
/// after the store's transaction commits (see <see cref="SearchIndexingQueue"/>), so a save
/// that is rolled back never reaches it. Services are resolved from the content context, not
/// the constructor, because the document builder and contributors may use the content manager.
/// </summary>
public sealed class SearchIndexingHandler : ContentHandlerBase
{
    public override Task PublishedAsync(ContentContext context) => IndexAsync(context);

    /// <summary>A type without drafts is edited in place while published.</summary>
    public override Task UpdatedAsync(ContentContext context)
        => context.ContentItem.Published ? IndexAsync(context) : Task.CompletedTask;

    public override Task UnpublishedAsync(ContentContext context) => RemoveAsync(context);

    public override Task RemovedAsync(ContentContext context) => RemoveAsync(context);

    public override async Task ImportedAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.Published)
        {
            await IndexAsync(context);
            return;
        }

        // An imported draft leaves the published version as it is; but a version that was
        // published and is re-imported unpublished takes the item off the site.
        var session = context.Services.GetRequiredService<IDocumentSession>();
        var otherPublished = await session.Query<ContentItemIndex>()
            .AnyAsync(i => i.ContentItemId == item.ContentItemId && i.Published && i.ContentItemVersionId != item.ContentItemVersionId, context.CancellationToken);
        if (!otherPublished)
        {
            Queue(context).Remove(item.ContentItemId);
        }
    }

    private static SearchIndexingQueue Queue(ContentContext context) => context.Services.GetRequiredService<SearchIndexingQueue>();

    private static async Task IndexAsync(ContentContext context)
    {
        var item = context.ContentItem;
        var builder = context.Services.GetRequiredService<SearchDocumentBuilder>();
        if (item.Has(nameof(TaxonomyPart)))
        {
            // Not a page, but items imported after it in the same recipe need its term names.
            builder.Remember(item);
            return;
        }

        var document = await builder.BuildAsync(item, context.CancellationToken);
        if (document is not null)
        {
            Queue(context).Put(document);
        }
    }

    private static Task RemoveAsync(ContentContext context)
    {
        Queue(context).Remove(context.ContentItem.ContentItemId);
        return Task.CompletedTask;
    }
}
