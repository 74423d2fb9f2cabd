using System.Diagnostics.CodeAnalysis;

namespace SaRaiCms.Store;

/// <summary>
/// Data read from the current site's store, kept across requests while no commit wrote the kind
/// of document it was read from (see <see cref="IStoreChangeCounter"/>). Take the count with
/// <see cref="Count"/> before reading the store, and store what was read under that count: a
/// commit during the read makes it stale at once. Do not use it inside a transaction
/// (<see cref="IDocumentSession.InTransaction"/>), where the store may hold uncommitted writes.
/// Values are shared between requests: keep them immutable.
/// </summary>
public interface IStoreReadCache
{
    long Count(string kind);

    bool TryGet<T>(string key, long count, [MaybeNullWhen(false)] out T value);

    void Set<T>(string key, long count, T value);
}

public static class StoreReadCacheExtensions
{
    /// <summary>
    /// The value kept under <paramref name="key"/> for <paramref name="count"/>, else what
    /// <paramref name="read"/> returns, kept for that count. Inside a transaction the store is
    /// always read and nothing is kept.
    /// </summary>
    public static async Task<T> GetOrReadAsync<T>(this IStoreReadCache cache, IDocumentSession session, string key, long count, Func<Task<T>> read)
    {
        var kept = !session.InTransaction;
        if (kept && cache.TryGet<T>(key, count, out var value))
        {
            return value;
        }

        value = await read();
        if (kept)
        {
            cache.Set(key, count, value);
        }

        return value;
    }
}
