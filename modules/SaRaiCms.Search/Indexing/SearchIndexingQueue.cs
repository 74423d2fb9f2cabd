using Microsoft.Extensions.Logging;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// Index changes of one unit of work (scoped). Each change is registered with
/// <see cref="IDocumentSession.AfterCommit"/>: it reaches the index only when the store's
/// outermost transaction commits, and is dropped with everything else when it rolls back.
/// The last change registered commits the index once for the whole unit of work (a recipe
/// importing a thousand items commits the index once).
/// </summary>
public sealed class SearchIndexingQueue(IDocumentSession session, SearchIndexManager indexes, ISiteAccessor sites, ILogger<SearchIndexingQueue> logger)
{
    private int _sequence;

    public void Put(SearchDocument document) => Enqueue(IndexOperation.Put(document));

    public void Remove(string contentItemId) => Enqueue(IndexOperation.Remove(contentItemId));

    private void Enqueue(IndexOperation operation)
    {
        var sequence = ++_sequence;
        var site = sites.Current;
        session.AfterCommit(() =>
        {
            try
            {
                indexes.For(site).Apply(operation, commit: sequence == _sequence);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // The content is saved; the index is behind until the next change or `search reindex`.
                logger.LogError(ex, "Search index of site {Site} not updated for item {ContentItemId}; run `search reindex`.", site.Name, operation.ContentItemId);
            }
        });
    }
}
