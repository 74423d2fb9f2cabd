using System.Collections.Concurrent;
using SaRaiCms.Sites;

namespace SaRaiCms.Store;

/// <summary>The per-process counts of <see cref="IStoreChangeCounter"/>; advanced by <see cref="DocumentSession"/> after each commit.</summary>
public sealed class StoreChangeCounter(ISiteAccessor site) : IStoreChangeCounter
{
    private readonly ConcurrentDictionary<string, StrongBox> _counts = new(StringComparer.Ordinal);

    public long Current(string kind) => _counts.TryGetValue(site.Current.CacheKey(kind), out var count) ? Volatile.Read(ref count.Value) : 0;

    /// <summary>Called after a commit (never before: a reader that read the old data then must see a new count).</summary>
    public void Advance(IEnumerable<string> kinds)
    {
        foreach (var kind in kinds)
        {
            var count = _counts.GetOrAdd(site.Current.CacheKey(kind), static _ => new StrongBox());
            Interlocked.Increment(ref count.Value);
        }
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}
