using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Extensions.Options;
using SaRaiCms.Search.Indexing;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Search.Querying;
using SaRaiCms.Search.Tests.Text;

namespace SaRaiCms.Search.Tests.Search;

/// <summary>The analysis, HTML stripping and query splitting, without a host.</summary>
public sealed class AnalysisTests : IDisposable
{
    private readonly SearchAnalyzer _analyzer;

    public AnalysisTests()
    {
        var options = new SearchOptions();
        options.Fields[SearchFields.Body] = new SearchFieldOptions(SearchFieldKind.Text, 1);
        options.Fields[SearchFields.Number] = new SearchFieldOptions(SearchFieldKind.Identifier, 4);
        _analyzer = new SearchAnalyzer(TestText.Create(), Options.Create(options));
    }

    public void Dispose() => _analyzer.Dispose();

    private List<(string Term, int Start, int End)> Analyze(string field, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = _analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return tokens;
    }

    private List<string> Terms(string field, string text) => Analyze(field, text).Select(t => t.Term).ToList();

    [Fact]
    public void Folded_fields_drop_marks_and_map_d()
    {
        Assert.Equal(["dang", "bo", "thi", "tran", "sa", "rai"], Terms("body", "Đảng bộ thị trấn SA RÀI"));
        Assert.Equal(["hoa", "uy"], Terms("body", "hoà uỷ"));
        Assert.Equal(Terms("body", "Sa Rài"), Terms("body", "Sa Rài".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Exact_fields_keep_accents_with_one_tone_placement()
    {
        Assert.Equal(["đảng", "ủy", "hòa", "thủy"], Terms("body.exact", "Đảng uỷ HOÀ Thuỷ"));
        Assert.Equal(Terms("body.exact", "Đảng ủy hòa"), Terms("body.exact", "Đảng uỷ hoà".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Offsets_point_into_the_original_decomposed_text()
    {
        var decomposed = "Sa Rài họp".Normalize(NormalizationForm.FormD);
        var tokens = Analyze("body", decomposed);
        Assert.Equal(["sa", "rai", "hop"], tokens.Select(t => t.Term));
        foreach (var (term, start, end) in tokens)
        {
            Assert.Equal(term, Fold(decomposed[start..end]));
        }
    }

    [Fact]
    public void Numbers_split_on_every_separator()
    {
        Assert.Equal(["45", "nq", "du"], Terms("number", "45-NQ/ĐU"));
        Assert.Equal(["45", "nq", "du"], Terms("number", "45-nq/du"));
        Assert.Equal(["45", "nq", "đu"], Terms("number.exact", "45-NQ/ĐU"));
        Assert.Equal(["43", "2024", "qd", "ubnd"], Terms("number", "43/2024/QĐ-UBND"));
        Assert.Equal(["1.380"], Terms("body", "1.380"));
    }

    [Fact]
    public void Html_becomes_plain_text_without_scripts()
    {
        var html = new HtmlText(new SaRaiCms.Contents.Services.HtmlParagraphs());
        var text = html.FromHtml("<h2>Tiêu đề</h2><p>Đoạn&nbsp;một &amp; <b>đậm</b></p><script>alert('x')</script><style>p{}</style><p>Hai<br>ba</p><img alt=\"Ảnh hội nghị\" src=\"a.jpg\">");
        Assert.Equal("Tiêu đề\nĐoạn một & đậm\nHai\nba\nẢnh hội nghị", text);
        Assert.Equal("Nhiệm vụ\nXây dựng Đảng", html.FromMarkdown("## Nhiệm vụ\n\n- **Xây dựng** Đảng"));
        Assert.Equal("", html.FromHtml(null));
    }

    [Fact]
    public void Queries_are_words_and_quoted_phrases_and_nothing_else()
    {
        var parsed = SearchQueryParser.Parse("sa rai \"hội nghị\" 45-NQ/ĐU title:x", 200, 24);
        Assert.Equal(
            [new QueryClause("sa", false), new QueryClause("rai", false), new QueryClause("hội nghị", true), new QueryClause("45-NQ/ĐU", false), new QueryClause("title:x", false)],
            parsed.Clauses);
        Assert.False(parsed.UnclosedQuote);

        var unclosed = SearchQueryParser.Parse("“Sa Rài", 200, 24);
        Assert.True(unclosed.UnclosedQuote);
        Assert.Equal([new QueryClause("Sa Rài", true)], unclosed.Clauses);

        var longQuery = SearchQueryParser.Parse(string.Join(' ', Enumerable.Repeat("từ", 100)), 200, 24);
        Assert.True(longQuery.Truncated);
        Assert.Equal(24, longQuery.Clauses.Count);
    }

    private static string Fold(string text) => TestText.Create().Fold(text);
}
