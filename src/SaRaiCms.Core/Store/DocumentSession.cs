using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Store;

/// <summary>The document store's unit of work on EF Core (see <see cref="IDocumentSession"/>).</summary>
public sealed class DocumentSession(
    StoreDbContext db,
    StoreModel model,
    IndexTableOperations indexTables,
    StoreChangeCounter changes,
    IStoreReadCache readCache,
    IServiceProvider services) : IDocumentSession
{
    private readonly Dictionary<long, IDocument> _identityMap = [];

    // Singletons (site settings, ...) read in this unit of work: pages ask for them several times per request.
    private readonly Dictionary<Type, IDocument> _singletons = [];
    private readonly List<IDocument> _saves = [];
    private readonly List<IDocument> _deletes = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];

    // Kinds of documents written by this unit of work's flushes, counted once the outer transaction commits.
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private int _transactionDepth;

    internal StoreDbContext Db => db;

    private StoreChangeCounter Changes => changes;

    public static string TypeName(Type type) => type.FullName ?? type.Name;

    public async Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : class, IDocument
    {
        if (_identityMap.TryGetValue(id, out var known))
        {
            return known as T;
        }

        var typeName = TypeName(typeof(T));
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Type == typeName, cancellationToken);
        return record is null ? null : Materialize<T>(record);
    }

    public async Task<T?> GetSingletonAsync<T>(CancellationToken cancellationToken = default) where T : class, IDocument
    {
        var pending = _saves.OfType<T>().FirstOrDefault();
        if (pending is not null)
        {
            return pending;
        }

        if (_singletons.TryGetValue(typeof(T), out var read) && _identityMap.ContainsKey(read.Id))
        {
            return (T)read;
        }

        var record = await SingletonRecordAsync(typeof(T), cancellationToken);
        if (record is null)
        {
            return null;
        }

        var document = _identityMap.TryGetValue(record.Id, out var known) ? (T)known : Materialize<T>(record);
        _singletons[typeof(T)] = document;
        return document;
    }

    /// <summary>
    /// The stored row of a singleton. Every public page reads site settings, so committed rows are
    /// kept across requests while no commit wrote that type; each session still materialises its
    /// own copy, which it may change and save. Inside a transaction the store is read directly: the
    /// transaction may have written the row, and what it wrote is not committed yet.
    /// </summary>
    private Task<DocumentRecord?> SingletonRecordAsync(Type type, CancellationToken cancellationToken)
    {
        var typeName = TypeName(type);
        return readCache.GetOrReadAsync(this, "singleton:" + typeName, readCache.Count(StoreChangeKinds.Document(type)),
            () => db.Documents.AsNoTracking().Where(d => d.Type == typeName).OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken));
    }

    public bool InTransaction => _transactionDepth > 0;

    public IQueryable<TIndex> Query<TIndex>() where TIndex : MapIndex => db.Set<TIndex>().AsNoTracking();

    public async Task<IReadOnlyList<T>> ListAsync<T, TIndex>(IQueryable<TIndex> query, CancellationToken cancellationToken = default)
        where T : class, IDocument where TIndex : MapIndex
    {
        var ids = await query.Select(i => i.DocumentId).ToListAsync(cancellationToken);
        return await LoadAsync<T>(ids, cancellationToken);
    }

    public async Task<T?> FirstOrDefaultAsync<T, TIndex>(IQueryable<TIndex> query, CancellationToken cancellationToken = default)
        where T : class, IDocument where TIndex : MapIndex
    {
        // One round trip: the document whose id the index query's first row names.
        var documentIds = query.Select(i => (long?)i.DocumentId);
        var record = await db.Documents.AsNoTracking().Where(d => d.Id == documentIds.FirstOrDefault()).FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        return _identityMap.TryGetValue(record.Id, out var known) ? known as T : Materialize<T>(record);
    }

    private async Task<IReadOnlyList<T>> LoadAsync<T>(List<long> ids, CancellationToken cancellationToken) where T : class, IDocument
    {
        var missing = ids.Where(id => !_identityMap.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var records = await db.Documents.AsNoTracking().Where(d => missing.Contains(d.Id)).ToListAsync(cancellationToken);
            foreach (var record in records)
            {
                Materialize<T>(record);
            }
        }

        var seen = new HashSet<long>();
        var result = new List<T>(ids.Count);
        foreach (var id in ids)
        {
            if (seen.Add(id) && _identityMap.TryGetValue(id, out var doc) && doc is T typed)
            {
                result.Add(typed);
            }
        }

        return result;
    }

    private T Materialize<T>(DocumentRecord record) where T : class, IDocument
    {
        var doc = JsonSerializer.Deserialize<T>(record.Content, ContentSerializer.Options)
                  ?? throw new InvalidOperationException($"Document {record.Id} is empty.");
        doc.Id = record.Id;
        doc.DocumentVersion = record.Version;
        _identityMap[record.Id] = doc;
        return doc;
    }

    public void Save(IDocument document)
    {
        if (!_saves.Contains(document))
        {
            _saves.Add(document);
        }
    }

    public void Delete(IDocument document)
    {
        _saves.Remove(document);
        if (!_deletes.Contains(document))
        {
            _deletes.Add(document);
        }
    }

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public void AfterRollback(Action action) => _afterRollback.Add(action);

    /// <summary>
    /// Index providers of the modules enabled on this site: a disabled module's tables may not
    /// exist, so its providers neither write nor delete rows. Read after the documents of the
    /// current flush are written, so a feature enabled in this unit of work counts.
    /// </summary>
    private async Task<IReadOnlyList<IIndexProvider>> ActiveProvidersAsync()
    {
        var enabled = await services.GetRequiredService<Modules.FeatureManager>().GetEnabledFeatureIdsAsync();
        return model.ProvidersIn(enabled);
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_saves.Count == 0 && _deletes.Count == 0)
        {
            return;
        }

        await using var transaction = await BeginTransactionAsync(cancellationToken);
        await FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var saves = _saves.ToList();
        var deletes = _deletes.ToList();
        _saves.Clear();
        _deletes.Clear();

        // 1. Documents: inserts and version-checked updates and deletes, batched in one round trip.
        var records = new List<(IDocument Doc, DocumentRecord Record, bool IsNew)>();
        foreach (var doc in saves)
        {
            var record = new DocumentRecord
            {
                Id = doc.Id,
                Type = TypeName(doc.GetType()),
                Content = JsonSerializer.Serialize(doc, doc.GetType(), ContentSerializer.Options),
                Version = doc.DocumentVersion + 1,
            };
            if (doc.Id == 0)
            {
                db.Documents.Add(record);
            }
            else
            {
                var entry = db.Documents.Attach(record);
                entry.Property(r => r.Version).OriginalValue = doc.DocumentVersion;
                entry.Property(r => r.Content).IsModified = true;
                entry.Property(r => r.Version).IsModified = true;
            }

            records.Add((doc, record, doc.Id == 0));
        }

        foreach (var doc in deletes.Where(d => d.Id != 0))
        {
            var record = new DocumentRecord { Id = doc.Id, Type = TypeName(doc.GetType()), Version = doc.DocumentVersion };
            db.Documents.Remove(record);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new DocumentConcurrencyException("The document was changed by someone else since it was read; nothing was saved.", ex);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        foreach (var doc in saves.Concat(deletes))
        {
            _written.Add(StoreChangeKinds.Document(doc.GetType()));
            if (doc is ContentItem item)
            {
                _written.Add(StoreChangeKinds.ContentItems);
                _written.Add(StoreChangeKinds.ContentType(item.ContentType));
            }
        }

        foreach (var (doc, record, _) in records)
        {
            doc.Id = record.Id;
            doc.DocumentVersion = record.Version;
            _identityMap[doc.Id] = doc;
        }

        // 2. Index rows: drop the old rows of changed documents, write the new ones.
        var active = await ActiveProvidersAsync();
        var changedIds = records.Where(r => !r.IsNew).Select(r => r.Doc.Id).Concat(deletes.Select(d => d.Id)).Where(id => id != 0).ToList();
        if (changedIds.Count > 0)
        {
            var documentTypes = saves.Concat(deletes).Select(d => d.GetType()).Distinct();
            foreach (var provider in documentTypes.SelectMany(t => active.Where(p => p.DocumentType.IsAssignableFrom(t))).Distinct())
            {
                await indexTables.DeleteAsync(db, provider.IndexType, changedIds, cancellationToken);
            }
        }

        foreach (var doc in deletes)
        {
            _identityMap.Remove(doc.Id);
        }

        var anyIndex = false;
        foreach (var (doc, _, _) in records)
        {
            foreach (var provider in active.Where(p => p.DocumentType.IsAssignableFrom(doc.GetType())))
            {
                foreach (var row in provider.Map(doc))
                {
                    row.DocumentId = doc.Id;
                    db.Add((object)row);
                    anyIndex = true;
                }
            }
        }

        if (anyIndex)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_transactionDepth > 0)
        {
            _transactionDepth++;
            return new NestedTransaction(this);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        _transactionDepth = 1;
        return new OuterTransaction(this, transaction);
    }

    private sealed class NestedTransaction(DocumentSession session) : IStoreTransaction
    {
        private bool _done;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await session.FlushAsync(cancellationToken);
            _done = true;
        }

        public ValueTask DisposeAsync()
        {
            session._transactionDepth--;
            if (!_done)
            {
                // An inner failure dooms the whole unit of work: the outer transaction must not commit it.
                session._doomed = true;
            }

            return ValueTask.CompletedTask;
        }
    }

    private bool _doomed;

    private sealed class OuterTransaction(DocumentSession session, IDbContextTransaction transaction) : IStoreTransaction
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (session._doomed)
            {
                throw new InvalidOperationException("A nested unit of work failed; the transaction cannot be committed.");
            }

            await session.FlushAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            session.Changes.Advance(session._written);
            session._written.Clear();
            session._afterRollback.Clear();
            var actions = session._afterCommit.ToList();
            session._afterCommit.Clear();
            foreach (var action in actions)
            {
                action();
            }
        }

        public async ValueTask DisposeAsync()
        {
            session._transactionDepth = 0;
            session._doomed = false;
            if (!_committed)
            {
                // Rolled back: forget everything this unit of work believed it had written.
                await transaction.RollbackAsync();
                session._identityMap.Clear();
                session._singletons.Clear();
                session._saves.Clear();
                session._deletes.Clear();
                session._written.Clear();
                session._afterCommit.Clear();
                session.Db.ChangeTracker.Clear();
                var actions = session._afterRollback.ToList();
                session._afterRollback.Clear();
                foreach (var action in actions)
                {
                    action();
                }
            }

            await transaction.DisposeAsync();
        }
    }
}

/// <summary>Generic helpers over index tables whose type is known only at run time, built once.</summary>
public sealed class IndexTableOperations
{
    private static readonly MethodInfo DeleteMethod = typeof(IndexTableOperations).GetMethod(nameof(DeleteTyped), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly ConcurrentDictionary<Type, Func<DbContext, List<long>, CancellationToken, Task>> _deletes = new();

    public Task DeleteAsync(DbContext db, Type indexType, List<long> documentIds, CancellationToken cancellationToken)
        => _deletes.GetOrAdd(indexType, t => DeleteMethod.MakeGenericMethod(t).CreateDelegate<Func<DbContext, List<long>, CancellationToken, Task>>())(db, documentIds, cancellationToken);

    private static Task DeleteTyped<TIndex>(DbContext db, List<long> documentIds, CancellationToken cancellationToken) where TIndex : MapIndex
        => db.Set<TIndex>().Where(i => documentIds.Contains(i.DocumentId)).ExecuteDeleteAsync(cancellationToken);
}
