using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Querying;

/// <summary>Full-text search over the current site's index.</summary>
public interface ISearchService
{
    /// <summary>The public search: a page of results with highlighted snippets and counts per type.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the published items matching <paramref name="query"/>, best first, for lists that
    /// load and show items themselves (the admin's content list will call this). Same analysis
    /// and ranking as <see cref="SearchAsync"/>.
    /// </summary>
    Task<SearchIdResults> FindContentItemIdsAsync(string? query, string? contentType, int skip, int take, CancellationToken cancellationToken = default);
}

/// <summary>
/// Builds the query itself from what was typed (see <see cref="SearchQueryParser"/>): every
/// word or quoted phrase must match in at least one declared field; in each field it is looked
/// up folded (<c>title</c>) and exact (<c>title.exact</c>, boosted by
/// <see cref="SearchOptions.ExactBoost"/>) with the field's boost; several words also score a
/// proximity phrase. The query text is analysed by the same analyzer as the index, so what was
/// typed (NFD, upper case, "hoà" or "hòa", no accents) reaches the same terms.
/// </summary>
public sealed class SearchService(
    SearchIndexManager indexes,
    SearchAnalyzer analyzer,
    ISiteAccessor sites,
    IDocumentSession session,
    IContentDefinitionManager definitions,
    IVietnameseText text,
    IOptions<SearchOptions> options,
    ILogger<SearchService> logger) : ISearchService
{
    private const float ProximityBoost = 1.5f;
    private const int ProximitySlop = 3;

    private readonly HtmlSafeEncoder _encoder = new();
    private readonly MarkFormatter _formatter = new();

    private SearchOptions Options => options.Value;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var typed = (request.Query ?? "").Trim();
        var pageSize = Math.Clamp(request.PageSize ?? Options.PageSize, 1, 100);
        var contentType = string.IsNullOrWhiteSpace(request.ContentType) ? null : request.ContentType.Trim();
        var empty = new SearchResults { Status = SearchStatus.Empty, Query = typed, ContentType = contentType, PageSize = pageSize };
        if (typed.Length == 0)
        {
            return empty with { Types = await TypesAsync(null, cancellationToken) };
        }

        var (query, notices) = Build(typed);
        if (query is null)
        {
            return empty with
            {
                Status = SearchStatus.NoTerms,
                Notices = notices,
                Message = $"Không có chữ hay số nào để tìm trong “{typed}”. Hãy gõ từ cần tìm, ví dụ: sa rai, nghị quyết, 45-NQ/ĐU.",
            };
        }

        var maxPage = Math.Max(1, Options.MaxResults / pageSize);
        var page = Math.Clamp(request.Page, 1, maxPage);
        PageOfHits found;
        try
        {
            var index = indexes.For(sites.Current);
            found = index.Search(searcher => Collect(searcher, query, contentType, page, pageSize, request.Sort));
            var lastPage = Math.Min(maxPage, (int)Math.Ceiling(found.Total / (double)pageSize));
            if (found.Hits.Count == 0 && page > lastPage && lastPage > 0)
            {
                // Past the end (an old link, a hand-made URL): show the last page instead of nothing.
                page = lastPage;
                found = index.Search(searcher => Collect(searcher, query, contentType, page, pageSize, request.Sort));
            }
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            logger.LogInformation(ex, "Search query too complex: {Query}", typed);
            return empty with { Status = SearchStatus.Failed, Notices = notices, Message = "Câu tìm kiếm phức tạp quá. Hãy dùng ít từ hơn rồi thử lại." };
        }
        catch (SearchIndexLockedException ex)
        {
            logger.LogError(ex, "Search index unavailable.");
            return empty with { Status = SearchStatus.Failed, Notices = notices, Message = "Chức năng tìm kiếm đang tạm ngừng. Xin vui lòng thử lại sau." };
        }

        // The index follows the store after each commit; a published check on the page is the
        // last guard that nothing unpublished is ever shown (for example after a crash between the two).
        var hits = await OnlyPublishedAsync(found.Hits, cancellationToken);
        var types = await TypesAsync(found.TypeCounts, cancellationToken);
        var total = Math.Max(0, found.Total - (found.Hits.Count - hits.Count));
        return new SearchResults
        {
            Status = SearchStatus.Ok,
            Query = typed,
            ContentType = contentType,
            Page = page,
            PageSize = pageSize,
            Total = total,
            PageCount = Math.Min(maxPage, (int)Math.Ceiling(total / (double)pageSize)),
            Hits = hits,
            Types = types,
            Notices = notices,
            Message = total == 0
                ? $"Không tìm thấy kết quả nào cho “{typed}”{(contentType is null ? "" : " trong mục đã chọn")}. Hãy thử từ khác, ít từ hơn, hoặc gõ không dấu."
                : null,
        };
    }

    public Task<SearchIdResults> FindContentItemIdsAsync(string? query, string? contentType, int skip, int take, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var typed = (query ?? "").Trim();
        if (typed.Length == 0)
        {
            return Task.FromResult(new SearchIdResults(SearchStatus.Empty, 0, [], null));
        }

        var (built, _) = Build(typed);
        if (built is null)
        {
            return Task.FromResult(new SearchIdResults(SearchStatus.NoTerms, 0, [], $"Không có chữ hay số nào để tìm trong “{typed}”."));
        }

        skip = Math.Clamp(skip, 0, Options.MaxResults);
        take = Math.Clamp(take, 1, Options.MaxResults);
        var filter = TypeFilter(string.IsNullOrWhiteSpace(contentType) ? null : contentType);
        try
        {
            var (total, ids) = indexes.For(sites.Current).Search(searcher =>
            {
                var top = searcher.Search(built, filter, skip + take);
                return (top.TotalHits, top.ScoreDocs.Skip(skip).Select(d => searcher.Doc(d.Doc).Get(LuceneDocuments.Id)).ToList());
            });
            return Task.FromResult(new SearchIdResults(SearchStatus.Ok, total, ids, null));
        }
        catch (Exception ex) when (ex is BooleanQuery.TooManyClausesException or SearchIndexLockedException)
        {
            logger.LogWarning(ex, "Search for ids failed: {Query}", typed);
            return Task.FromResult(new SearchIdResults(SearchStatus.Failed, 0, [], "Không tìm được lúc này. Hãy dùng ít từ hơn hoặc thử lại sau."));
        }
    }

    /// <summary>The Lucene query for what was typed, or null when it has nothing to look for.</summary>
    internal (Query? Query, IReadOnlyList<string> Notices) Build(string typed)
    {
        var parsed = SearchQueryParser.Parse(text.Normalize(typed), Options.MaxQueryLength, Options.MaxQueryWords);
        var notices = new List<string>();
        if (parsed.UnclosedQuote)
        {
            notices.Add("Dấu ngoặc kép chưa được đóng: đã tìm cụm từ đến hết câu.");
        }

        if (parsed.Truncated)
        {
            notices.Add("Câu tìm kiếm dài quá nên chỉ dùng phần đầu.");
        }

        var query = new BooleanQuery();
        foreach (var clause in parsed.Clauses)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, declared) in Options.Fields)
            {
                AddFieldQuery(anyField, field, clause.Text, declared.Boost);
                AddFieldQuery(anyField, SearchAnalyzer.Exact(field), clause.Text, declared.Boost * Options.ExactBoost);
            }

            if (anyField.Clauses.Count > 0)
            {
                query.Add(anyField, Occur.MUST);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return (null, notices);
        }

        var words = parsed.Clauses.Where(c => !c.IsPhrase).Select(c => c.Text).ToList();
        if (words.Count > 1)
        {
            // Words typed together rank higher where they stand together: checked in the short
            // fields only (title, lead, category), as reading positions in every body is costly.
            var together = string.Join(' ', words);
            foreach (var (field, declared) in Options.Fields.Where(f => f.Key is SearchFields.Title or SearchFields.Lead or SearchFields.Category))
            {
                if (Terms(field, together) is { Count: > 1 } terms)
                {
                    var phrase = Phrase(field, terms);
                    phrase.Slop = ProximitySlop;
                    phrase.Boost = declared.Boost * ProximityBoost;
                    query.Add(phrase, Occur.SHOULD);
                }
            }
        }

        return (query, notices);
    }

    private void AddFieldQuery(BooleanQuery target, string field, string clause, float boost)
    {
        var terms = Terms(field, clause);
        if (terms.Count == 0)
        {
            return;
        }

        Query query = terms.Count == 1 ? new TermQuery(new Term(field, terms[0].Text)) : Phrase(field, terms);
        query.Boost = boost;
        target.Add(query, Occur.SHOULD);
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Text, int Position)> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>The terms the index would make of <paramref name="value"/> in <paramref name="field"/>, with positions.</summary>
    private List<(string Text, int Position)> Terms(string field, string value)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(value));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private sealed record PageOfHits(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> TypeCounts);

    private PageOfHits Collect(IndexSearcher searcher, Query query, string? contentType, int page, int pageSize, SearchSort sort)
    {
        var wanted = page * pageSize;
        ITopDocsCollector top = sort == SearchSort.Newest
            ? TopFieldCollector.Create(new Sort(new SortField(LuceneDocuments.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var types = new TypeCountCollector();
        if (contentType is null)
        {
            // One pass ranks the page and counts every type.
            searcher.Search(query, MultiCollector.Wrap(top, types));
        }
        else
        {
            // Counts are for all types (the filter list), the page for the chosen one.
            searcher.Search(query, TypeFilter(contentType), top);
            searcher.Search(query, types);
        }

        var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
        var hits = new List<SearchHit>(pageSize);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            hits.Add(ToHit(searcher.Doc(scoreDoc.Doc), query));
        }

        var counts = types.Counts.ToDictionary(StringComparer.Ordinal);
        foreach (var type in TypesIn(searcher.IndexReader))
        {
            counts.TryAdd(type, 0);
        }

        return new PageOfHits(top.TotalHits, hits, counts);
    }

    private static Filter? TypeFilter(string? contentType)
        => contentType is null ? null : new QueryWrapperFilter(new TermQuery(new Term(LuceneDocuments.Type, contentType)));

    private static List<string> TypesIn(IndexReader reader)
    {
        var types = new List<string>();
        var terms = MultiFields.GetTerms(reader, LuceneDocuments.Type);
        if (terms is null)
        {
            return types;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            types.Add(iterator.Term.Utf8ToString());
        }

        return types;
    }

    private SearchHit ToHit(global::Lucene.Net.Documents.Document document, Query query)
    {
        var title = document.Get(LuceneDocuments.DisplayTitle) ?? "";
        var ticks = document.GetField(LuceneDocuments.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            document.Get(LuceneDocuments.Id),
            document.Get(LuceneDocuments.Type),
            document.Get(LuceneDocuments.TypeName) ?? document.Get(LuceneDocuments.Type),
            title,
            Highlight(query, SearchFields.Title, title, whole: true) ?? _encoder.EncodeText(title),
            Snippet(document, query),
            document.Get(LuceneDocuments.Url),
            ticks > 0 ? new DateTime(ticks, DateTimeKind.Utc) : null);
    }

    /// <summary>Best fragments of the body (else of the lead) with matches marked; else the start of the lead or body.</summary>
    private string Snippet(global::Lucene.Net.Documents.Document document, Query query)
    {
        foreach (var field in new[] { SearchFields.Body, SearchFields.Lead })
        {
            if (document.Get(field) is { Length: > 0 } value && Highlight(query, field, value, whole: false) is { Length: > 0 } marked)
            {
                return marked;
            }
        }

        var plain = document.Get(SearchFields.Lead) is { Length: > 0 } lead ? lead : document.Get(SearchFields.Body) ?? "";
        return _encoder.EncodeText(Shorten(plain, Options.SnippetLength));
    }

    private string? Highlight(Query query, string field, string value, bool whole)
    {
        // Term-based scoring (each query term of this field is marked): several times cheaper than
        // the span-aware QueryScorer, which indexes every snippet's text in memory to check phrases.
        var scorer = new QueryTermScorer(query, field);
        var highlighter = new Highlighter(_formatter, _encoder, scorer)
        {
            TextFragmenter = whole ? new NullFragmenter() : new SimpleFragmenter(Options.SnippetLength),
            MaxDocCharsToAnalyze = 100_000,
        };
        try
        {
            using var stream = analyzer.GetTokenStream(field, new StringReader(value));
            var fragments = highlighter.GetBestFragments(stream, value, whole ? 1 : Options.SnippetFragments);
            var useful = fragments.Where(f => f.Contains("<mark>", StringComparison.Ordinal)).Select(f => f.Trim()).ToList();
            return useful.Count == 0 ? null : (whole ? useful[0] : string.Join(" … ", useful));
        }
        catch (InvalidTokenOffsetsException ex)
        {
            logger.LogWarning(ex, "Highlighting field {Field} failed.", field);
            return null;
        }
    }

    private static string Shorten(string value, int length)
    {
        var flat = value.Replace('\n', ' ');
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + " …";
    }

    private async Task<List<SearchHit>> OnlyPublishedAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var ids = hits.Select(h => h.ContentItemId).ToList();
        var published = await session.Query<ContentItemIndex>()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published)
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken);
        var set = published.ToHashSet(StringComparer.Ordinal);
        var kept = hits.Where(h => set.Contains(h.ContentItemId)).ToList();
        if (kept.Count != hits.Count)
        {
            logger.LogWarning("Search index of site {Site} lists {Count} items that are not published; run `search reindex`.", sites.Current.Name, hits.Count - kept.Count);
        }

        return kept;
    }

    /// <summary>Every type in the index, named as the site names it, with the query's counts.</summary>
    private async Task<IReadOnlyList<SearchTypeCount>> TypesAsync(IReadOnlyDictionary<string, int>? counts, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> types;
        try
        {
            types = counts?.Keys.ToList() ?? indexes.For(sites.Current).Search(s => TypesIn(s.IndexReader));
        }
        catch (SearchIndexLockedException)
        {
            return [];
        }

        var result = new List<SearchTypeCount>(types.Count);
        foreach (var type in types)
        {
            var definition = await definitions.GetTypeAsync(type, cancellationToken);
            var name = string.IsNullOrWhiteSpace(definition?.DisplayName) ? type : definition.DisplayName;
            result.Add(new SearchTypeCount(type, name, counts is not null && counts.TryGetValue(type, out var count) ? count : 0));
        }

        return result.OrderBy(t => t.DisplayName, text.Collation).ToList();
    }
}
