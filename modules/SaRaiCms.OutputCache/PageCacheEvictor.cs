using Microsoft.AspNetCore.OutputCaching;

namespace SaRaiCms.OutputCache;

/// <summary>Evicts cached pages by tag (singleton, over the host's one output cache store).</summary>
public sealed class PageCacheEvictor(IOutputCacheStore store)
{
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>
    /// For <see cref="SaRaiCms.Store.IDocumentSession.AfterCommit"/>, whose callbacks are synchronous:
    /// the in-memory store evicts synchronously, so this does not block; another store is waited for,
    /// because the change must be visible on the very next request.
    /// </summary>
    public void Evict(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            var eviction = store.EvictByTagAsync(tag, CancellationToken.None);
            if (!eviction.IsCompletedSuccessfully)
            {
                eviction.AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
