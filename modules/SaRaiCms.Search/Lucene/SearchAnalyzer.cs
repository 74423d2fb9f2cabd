using Lucene.Net.Analysis;
using Microsoft.Extensions.Options;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Lucene;

/// <summary>
/// The analyzer of the whole index: <c>{field}</c> is folded, <c>{field}.exact</c> keeps the
/// accents; identifier fields (declared <see cref="SearchFieldKind.Identifier"/>) split on
/// non-alphanumerics. Undeclared fields are running text.
/// </summary>
public sealed class SearchAnalyzer : AnalyzerWrapper
{
    public const string ExactSuffix = ".exact";

    private readonly IOptions<SearchOptions> _options;
    private readonly Analyzer _textFolded;
    private readonly Analyzer _textExact;
    private readonly Analyzer _identifierFolded;
    private readonly Analyzer _identifierExact;

    public SearchAnalyzer(IVietnameseText text, IOptions<SearchOptions> options) : base(PER_FIELD_REUSE_STRATEGY)
    {
        _options = options;
        _textFolded = new VietnameseAnalyzer(SearchFieldKind.Text, folded: true, text);
        _textExact = new VietnameseAnalyzer(SearchFieldKind.Text, folded: false, text);
        _identifierFolded = new VietnameseAnalyzer(SearchFieldKind.Identifier, folded: true, text);
        _identifierExact = new VietnameseAnalyzer(SearchFieldKind.Identifier, folded: false, text);
    }

    public static string Exact(string field) => field + ExactSuffix;

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        var exact = fieldName.EndsWith(ExactSuffix, StringComparison.Ordinal);
        var field = exact ? fieldName[..^ExactSuffix.Length] : fieldName;
        var identifier = _options.Value.Fields.TryGetValue(field, out var declared) && declared.Kind == SearchFieldKind.Identifier;
        return (identifier, exact) switch
        {
            (true, true) => _identifierExact,
            (true, false) => _identifierFolded,
            (false, true) => _textExact,
            _ => _textFolded,
        };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _textFolded.Dispose();
            _textExact.Dispose();
            _identifierFolded.Dispose();
            _identifierExact.Dispose();
        }

        base.Dispose(disposing);
    }
}
