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
