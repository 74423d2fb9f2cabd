using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Lucene;

/// <summary>
/// How text becomes terms. Every searchable field is indexed twice:
/// <list type="bullet">
/// <item><c>{field}</c>, <b>folded</b>: NFC, words (Unicode word breaks), lower case, then
/// <see cref="ASCIIFoldingFilter"/>, which drops the marks and maps đ → d: "Đảng" → "dang".
/// This is what makes "dang", "sa rai" and "SA RÀI" find the same pages.</item>
/// <item><c>{field}.exact</c>, <b>exact</b>: NFC, words, lower case, the site's one tone-mark
/// placement ("hoà" → "hòa"); accents are kept, so a query typed with the right accents
/// matches here too and the page ranks above pages that only match folded.</item>
/// </list>
/// Identifier fields (document numbers such as "45-NQ/ĐU") split on every character that is not
/// a letter or digit instead of on word breaks, so "45-NQ/ĐU", "45-nq/du" and "45 NQ" give the
/// terms 45, nq, du.
/// </summary>
public sealed class VietnameseAnalyzer(SearchFieldKind kind, bool folded, IVietnameseText text) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        Tokenizer source = kind == SearchFieldKind.Identifier
            ? new AlphanumericTokenizer(Version, reader)
            : new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = folded ? new ASCIIFoldingFilter(result) : new TonePlacementFilter(result, text);
        return new TokenStreamComponents(source, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NfcCharFilter(reader);

    /// <summary>Values added to one field separately never make a phrase together.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}

/// <summary>Splits on every character that is not a letter or a digit (marks stay with their letter).</summary>
public sealed class AlphanumericTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    protected override bool IsTokenChar(int c)
    {
        if (c > char.MaxValue)
        {
            return char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);
        }

        var ch = (char)c;
        return char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark;
    }
}

/// <summary>Applies <see cref="IVietnameseText.Normalize"/> to each term (NFC text keeps its length).</summary>
public sealed class TonePlacementFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IVietnameseText _text;

    public TonePlacementFilter(TokenStream input, IVietnameseText text) : base(input)
    {
        _text = text;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] > '\u007F')
            {
                var term = new string(buffer, 0, length);
                var normalized = _text.Normalize(term);
                if (normalized.Length == length && !string.Equals(term, normalized, StringComparison.Ordinal))
                {
                    _term.SetEmpty().Append(normalized);
                }

                break;
            }
        }

        return true;
    }
}

/// <summary>
/// Normalises the input to Unicode NFC before tokenizing (text pasted from macOS or Word may be
/// decomposed), keeping offsets into the original text correct so that highlighting marks the
/// right characters. Text is normalised one grapheme-like segment (a starter and the combining
/// marks after it) at a time.
/// </summary>
public sealed class NfcCharFilter(TextReader input) : BaseCharFilter(input)
{
    private StringReader? _output;

    public override int Read(char[] buffer, int index, int count)
    {
        _output ??= new StringReader(Normalize(m_input.ReadToEnd()));
        return _output.Read(buffer, index, count);
    }

    public override int Read()
    {
        _output ??= new StringReader(Normalize(m_input.ReadToEnd()));
        return _output.Read();
    }

    private string Normalize(string text)
    {
        if (IsNfc(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var cumulativeDiff = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
            while (i < text.Length && IsCombining(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var segment = text[start..i];
            var normalized = IsNfc(segment) ? segment : segment.Normalize(NormalizationForm.FormC);
            output.Append(normalized);
            if (normalized.Length != segment.Length)
            {
                cumulativeDiff += segment.Length - normalized.Length;
                AddOffCorrectMap(output.Length, cumulativeDiff);
            }
        }

        return output.ToString();
    }

    private static bool IsNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate): leave it as it is.
            return true;
        }
    }

    private static bool IsCombining(string text, int index)
        => CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _output?.Dispose();
        }

        base.Dispose(disposing);
    }
}
