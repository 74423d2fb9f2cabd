using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.Sites;

namespace SaRaiCms.Store;

/// <summary><see cref="IStoreReadCache"/> in the host's memory cache, under per-site keys.</summary>
public sealed class StoreReadCache(IMemoryCache cache, ISiteAccessor site, IStoreChangeCounter changes) : IStoreReadCache
{
    // Entries nobody reads for this long go, so looking up many items once does not hold them all.
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { SlidingExpiration = TimeSpan.FromMinutes(10) };

    public long Count(string kind) => changes.Current(kind);

    public bool TryGet<T>(string key, long count, [MaybeNullWhen(false)] out T value)
    {
        if (cache.TryGetValue(Key(key), out Entry<T>? entry) && entry is not null && entry.Count == count)
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string key, long count, T value) => cache.Set(Key(key), new Entry<T>(count, value), EntryOptions);

    private string Key(string key) => site.Current.CacheKey("store-read:" + key);

    private sealed record Entry<T>(long Count, T Value);
}
