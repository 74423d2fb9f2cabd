using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SaRaiCms.Search.Lucene;

/// <summary>A change to the index: put a document (replacing the item's previous one) or remove the item.</summary>
public sealed record IndexOperation(string ContentItemId, SearchDocument? Document)
{
    public static IndexOperation Put(SearchDocument document) => new(document.ContentItemId, document);

    public static IndexOperation Remove(string contentItemId) => new(contentItemId, null);
}

/// <summary>
/// One site's Lucene index in <c>{site data}/Search</c>: a single <see cref="IndexWriter"/> for
/// the site's lifetime (it holds the folder's write lock) and a <see cref="SearcherManager"/>
/// refreshed after each commit. Safe to use from many threads. While a rebuild runs, changes
/// from publishing are held back and applied after it, so a rebuild never overwrites a newer
/// change with what it read earlier.
/// </summary>
public sealed class SiteSearchIndex : IDisposable
{
    /// <summary>Changes when the analysis or the fields change; an index written otherwise is rebuilt.</summary>
    public const string SchemaVersion = "1";

    private const string SchemaKey = "saraicms.schema";
    private const string LiveGeneration = "live";

    private const string ProcessLockFile = "saraicms-writer.lock";

    private readonly object _gate = new();
    private readonly FileStream _processLock;
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger _logger;
    private List<IndexOperation>? _deferred;
    private bool _disposed;

    public SiteSearchIndex(string path, SearchAnalyzer analyzer, ILogger logger)
    {
        Path = path;
        _logger = logger;
        System.IO.Directory.CreateDirectory(path);

        // One writer per index across processes: an exclusive OS lock on a file of our own (on
        // Linux .NET takes it with flock), in addition to Lucene's write.lock.
        try
        {
            _processLock = new FileStream(System.IO.Path.Combine(path, ProcessLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw Locked(path, ex);
        }

        _directory = FSDirectory.Open(new DirectoryInfo(path), new NativeFSLockFactory());
        try
        {
            var config = new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            _directory.Dispose();
            _processLock.Dispose();
            throw Locked(path, ex);
        }

        if (!DirectoryReader.IndexExists(_directory))
        {
            // An empty first commit, so that readers can open and closing writes nothing.
            _writer.Commit();
        }

        IsCurrentSchema = _writer.CommitData.TryGetValue(SchemaKey, out var schema) && schema == SchemaVersion;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Path { get; }

    private static SearchIndexLockedException Locked(string path, Exception inner)
        => new($"The search index in {path} is in use by another SaRaiCms process (a running site holds it). Stop that process, or rebuild from the running site.", inner);

    /// <summary>False for a new index or one written by an older version of the analysis: it needs a rebuild.</summary>
    public bool IsCurrentSchema { get; private set; }

    /// <summary>Applies one change; <paramref name="commit"/> makes it (and everything before) durable and visible.</summary>
    public void Apply(IndexOperation operation, bool commit)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_deferred is not null)
            {
                _deferred.Add(operation);
                return;
            }

            try
            {
                ApplyLocked(operation, LiveGeneration);
            }
            finally
            {
                if (commit)
                {
                    CommitLocked();
                }
            }
        }
    }

    /// <summary>Runs a query on the latest committed state.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Starts a rebuild: documents added through it replace the index's content when it completes.</summary>
    public IndexRebuild BeginRebuild()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_deferred is not null)
            {
                throw new InvalidOperationException("The search index is already being rebuilt.");
            }

            _deferred = [];
        }

        return new IndexRebuild(this, Guid.NewGuid().ToString("N"));
    }

    /// <summary>Number of documents, as searchers see it.</summary>
    public int Count => Search(s => s.IndexReader.NumDocs);

    /// <summary>Bytes on disk.</summary>
    public long SizeOnDisk => new DirectoryInfo(Path).EnumerateFiles().Where(f => !f.Name.EndsWith(".lock", StringComparison.Ordinal)).Sum(f => f.Length);

    private void ApplyLocked(IndexOperation operation, string generation)
    {
        if (operation.Document is null)
        {
            _writer.DeleteDocuments(LuceneDocuments.IdTerm(operation.ContentItemId));
        }
        else
        {
            _writer.UpdateDocument(LuceneDocuments.IdTerm(operation.ContentItemId), LuceneDocuments.ToLucene(operation.Document, generation));
        }
    }

    /// <summary>
    /// Commits and refreshes searchers. The index is marked as written by the current analysis
    /// (<see cref="SchemaVersion"/>) only by a completed rebuild or <see cref="MarkCurrent"/>:
    /// live changes to an index that is not current keep it not current.
    /// </summary>
    private void CommitLocked(bool markCurrent = false)
    {
        IsCurrentSchema |= markCurrent;
        _writer.SetCommitData(IsCurrentSchema ? new Dictionary<string, string> { [SchemaKey] = SchemaVersion } : new Dictionary<string, string>());
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Marks the index as current without a rebuild (the site has nothing published to index).</summary>
    public void MarkCurrent()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            CommitLocked(markCurrent: true);
        }
    }

    private void EndRebuild(string? generation)
    {
        lock (_gate)
        {
            var deferred = _deferred ?? [];
            _deferred = null;
            try
            {
                if (generation is not null)
                {
                    // Everything the rebuild did not write (items no longer published, old documents) goes.
                    var stale = new BooleanQuery
                    {
                        { new MatchAllDocsQuery(), Occur.MUST },
                        { new TermQuery(new Term(LuceneDocuments.Generation, generation)), Occur.MUST_NOT },
                    };
                    _writer.DeleteDocuments(stale);
                }

                foreach (var operation in deferred)
                {
                    ApplyLocked(operation, generation ?? LiveGeneration);
                }
            }
            finally
            {
                CommitLocked(markCurrent: generation is not null);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        try
        {
            _searchers.Dispose();
            _writer.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.LogWarning(ex, "Closing the search index in {Path} failed.", Path);
        }
        finally
        {
            _directory.Dispose();
            _processLock.Dispose();
        }
    }

    /// <summary>
    /// A rebuild in progress. <see cref="Add"/> documents (upserted, not yet visible), then
    /// <see cref="Complete"/>; disposing without completing keeps what was added, removes
    /// nothing and applies the changes held back meanwhile.
    /// </summary>
    public sealed class IndexRebuild(SiteSearchIndex index, string generation) : IDisposable
    {
        private bool _ended;

        public int Added { get; private set; }

        public void Add(SearchDocument document)
        {
            ObjectDisposedException.ThrowIf(_ended, this);
            index._writer.UpdateDocument(LuceneDocuments.IdTerm(document.ContentItemId), LuceneDocuments.ToLucene(document, generation));
            Added++;
        }

        public void Complete()
        {
            ObjectDisposedException.ThrowIf(_ended, this);
            _ended = true;
            index.EndRebuild(generation);
        }

        public void Dispose()
        {
            if (!_ended)
            {
                _ended = true;
                index.EndRebuild(null);
            }
        }
    }
}

/// <summary>The index folder is locked by another process.</summary>
public sealed class SearchIndexLockedException(string message, Exception inner) : InvalidOperationException(message, inner);
