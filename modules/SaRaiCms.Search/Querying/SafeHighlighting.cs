using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace SaRaiCms.Search.Querying;

/// <summary>
/// Encodes every piece of stored text for HTML (Vietnamese letters stay readable, &lt; &gt; &amp; "
/// and ' are escaped) before the formatter wraps matches in &lt;mark&gt;: the only markup a snippet
/// can contain is ours.
/// </summary>
public sealed class HtmlSafeEncoder : IEncoder
{
    private readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => _encoder.Encode(originalText);
}

/// <summary>Wraps a matched (already encoded) term in &lt;mark&gt;.</summary>
public sealed class MarkFormatter : IFormatter
{
    public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        => tokenGroup.TotalScore > 0 ? "<mark>" + originalText + "</mark>" : originalText;
}
