using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.Sites;

namespace SaRaiCms.Store;

/// <summary><see cref="IStoreReadCache"/> in the host's memory cache, under keys of the site and the reader's key.</summary>
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

    private EntryKey Key(string key) => new(site.Current.Name, key);

    // A key of its own type: no entry of another part of the host can collide with it.
    private readonly record struct EntryKey(string Site, string Key);

    private sealed record Entry<T>(long Count, T Value);
}
