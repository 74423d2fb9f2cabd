using System.Collections.Concurrent;
using SaRaiCms.Sites;

namespace SaRaiCms.Store;

/// <summary>The per-process counts of <see cref="IStoreChangeCounter"/>; advanced by <see cref="DocumentSession"/> after each commit.</summary>
public sealed class StoreChangeCounter(ISiteAccessor site) : IStoreChangeCounter
{
    // Keyed by site name and kind: read on every page, so no key string is built per read.
    private readonly ConcurrentDictionary<(string Site, string Kind), StrongBox> _counts = new();

    public long Current(string kind) => _counts.TryGetValue((site.Current.Name, kind), out var count) ? Volatile.Read(ref count.Value) : 0;

    /// <summary>Called after a commit (never before: a reader that read the old data then must see a new count).</summary>
    public void Advance(IEnumerable<string> kinds)
    {
        foreach (var kind in kinds)
        {
            var count = _counts.GetOrAdd((site.Current.Name, kind), static _ => new StrongBox());
            Interlocked.Increment(ref count.Value);
        }
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}
