namespace SaRaiCms.Store;

/// <summary>
/// A unit of work over the site's document store (YesSql's session, on EF Core). Documents
/// saved here are written with all their index rows in one transaction on
/// <see cref="SaveChangesAsync"/>. Queries go through index tables with LINQ and are paged
/// by the database.
/// </summary>
public interface IDocumentSession
{
    Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : class, IDocument;

    /// <summary>The single document of a type (site settings, definitions), or null.</summary>
    Task<T?> GetSingletonAsync<T>(CancellationToken cancellationToken = default) where T : class, IDocument;

    /// <summary>An index table to query; compose Where/OrderBy/Skip/Take, then load documents with <see cref="ListAsync{T, TIndex}"/>.</summary>
    IQueryable<TIndex> Query<TIndex>() where TIndex : MapIndex;

    /// <summary>Loads the documents the index query selects, in its order.</summary>
    Task<IReadOnlyList<T>> ListAsync<T, TIndex>(IQueryable<TIndex> query, CancellationToken cancellationToken = default)
        where T : class, IDocument where TIndex : MapIndex;

    Task<T?> FirstOrDefaultAsync<T, TIndex>(IQueryable<TIndex> query, CancellationToken cancellationToken = default)
        where T : class, IDocument where TIndex : MapIndex;

    void Save(IDocument document);

    void Delete(IDocument document);

    /// <summary>Writes pending documents and their index rows; refuses stale updates with <see cref="DocumentConcurrencyException"/>.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a transaction spanning several SaveChanges calls (and schema changes); nothing is
    /// visible to others until <see cref="IStoreTransaction.CommitAsync"/>. Disposing without
    /// commit rolls everything back.
    /// </summary>
    Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>True while a transaction is open: reads must then come from the store, which may hold this unit of work's uncommitted writes.</summary>
    bool InTransaction { get; }

    /// <summary>Runs after the outermost commit (for example to refresh caches).</summary>
    void AfterCommit(Action action);

    /// <summary>Runs when the unit of work is rolled back (to drop caches filled from uncommitted data).</summary>
    void AfterRollback(Action action);
}

public interface IStoreTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}
