using SaRaiCms.ContentManagement;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.OutputCache;

/// <summary>
/// Evicts the cached pages a change shows (see <see cref="PageCacheTags.ForChange"/>) once the
/// store's transaction commits: a save that rolls back evicts nothing, and a page rendered
/// between the change and the commit cannot keep the old content.
/// </summary>
public sealed class PageCacheEvictionHandler(IDocumentSession session, PageCacheEvictor evictor, ISiteAccessor sites) : ContentHandlerBase
{
    public override Task PublishedAsync(ContentContext context) => EvictAfterCommit(context);

    public override Task UnpublishedAsync(ContentContext context) => EvictAfterCommit(context);

    public override Task RemovedAsync(ContentContext context) => EvictAfterCommit(context);

    /// <summary>A type without drafts is edited in place while published.</summary>
    public override Task UpdatedAsync(ContentContext context)
        => context.ContentItem.Published ? EvictAfterCommit(context) : Task.CompletedTask;

    public override Task ImportedAsync(ContentContext context) => EvictAfterCommit(context);

    private Task EvictAfterCommit(ContentContext context)
    {
        var tags = PageCacheTags.ForChange(sites.Current.Name, context.ContentItem);
        session.AfterCommit(() => evictor.Evict(tags));
        return Task.CompletedTask;
    }
}
