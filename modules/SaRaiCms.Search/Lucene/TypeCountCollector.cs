using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SaRaiCms.Search.Lucene;

/// <summary>Counts matching documents per content type (from the type's doc values) while another collector ranks them.</summary>
public sealed class TypeCountCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts by content type; types without matches are absent.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _types = context.AtomicReader.GetSortedDocValues(LuceneDocuments.TypeValues);
        _segmentCounts = _types is null ? [] : new int[_types.ValueCount];
    }

    public void Collect(int doc)
    {
        var ord = _types?.GetOrd(doc) ?? -1;
        if (ord >= 0)
        {
            _segmentCounts[ord]++;
        }
    }

    private void Flush()
    {
        if (_types is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _types.LookupOrd(ord, term);
                var type = term.Utf8ToString();
                _counts[type] = _counts.GetValueOrDefault(type) + _segmentCounts[ord];
            }
        }

        _types = null;
        _segmentCounts = [];
    }
}
