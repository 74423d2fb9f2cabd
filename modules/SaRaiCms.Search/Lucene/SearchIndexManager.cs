using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.Sites;

namespace SaRaiCms.Search.Lucene;

/// <summary>
/// The open indexes, one per site, keyed by the site's name and data folder: nothing is shared
/// between sites, and a site's index lives in its own data folder (<c>{DataPath}/Search</c>).
/// A singleton; disposing it closes every index (the host does at shutdown).
/// </summary>
public sealed class SearchIndexManager(SearchAnalyzer analyzer, IOptions<SearchOptions> options, ILoggerFactory loggers) : IDisposable
{
    private readonly Dictionary<string, SiteSearchIndex> _indexes = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _disposed;

    public string IndexPath(SiteContext site) => Path.Combine(site.DataPath, options.Value.FolderName);

    /// <summary>The site's index, opened on first use.</summary>
    public SiteSearchIndex For(SiteContext site)
    {
        var key = site.Name + "\n" + site.DataPath;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_indexes.TryGetValue(key, out var index))
            {
                index = new SiteSearchIndex(IndexPath(site), analyzer, loggers.CreateLogger<SiteSearchIndex>());
                _indexes[key] = index;
            }

            return index;
        }
    }

    public void Dispose()
    {
        List<SiteSearchIndex> open;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            open = [.. _indexes.Values];
            _indexes.Clear();
        }

        foreach (var index in open)
        {
            index.Dispose();
        }
    }
}
