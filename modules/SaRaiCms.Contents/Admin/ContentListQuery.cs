using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Admin;

public enum ContentListSort
{
    ModifiedDesc,
    ModifiedAsc,
    PublishedDesc,
    CreatedDesc,
    TitleAsc,
    TitleDesc,
}

/// <summary>What the admin list is asked for; everything optional.</summary>
public sealed record ContentListFilter
{
    public IReadOnlyCollection<string>? ContentTypes { get; init; }
    public ContentStatus? Status { get; init; }

    /// <summary>Only items owned by this user id.</summary>
    public string? Owner { get; init; }

    /// <summary>A taxonomy term's content item id.</summary>
    public string? TermId { get; init; }

    /// <summary>Words in the title (and, through the search index, in published items' text).</summary>
    public string? Text { get; init; }

    public ContentListSort Sort { get; init; } = ContentListSort.ModifiedDesc;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One line of the list: the latest version's index row, its state, and whether a published version exists.</summary>
public sealed record ContentListRow(ContentItemIndex Latest, ContentStatus Status, bool HasPublished, DateTime? ScheduledPublishUtc);


/// <summary>
/// The admin content list as one database query over latest versions (filters become
/// EXISTS subqueries on the review, published and taxonomy indexes), paged by the database.
/// </summary>
public sealed class ContentListQuery(IDocumentSession session, IEnumerable<IContentListTextSearch> textSearches)
{
    /// <summary>Full-text hits beyond this many are not looked at: the list is for finding, not for reading everything.</summary>
    private const int MaxTextHits = 500;

    public async Task<ContentListPage> RunAsync(ContentListFilter filter, CancellationToken cancellationToken)
    {
        var query = session.Query<ContentItemIndex>().Where(i => i.Latest);
        if (filter.ContentTypes is { Count: > 0 } types)
        {
            query = query.Where(i => types.Contains(i.ContentType));
        }

        if (!string.IsNullOrEmpty(filter.Owner))
        {
            query = query.Where(i => i.Owner == filter.Owner);
        }

        var reviews = session.Query<ContentReviewIndex>();
        query = filter.Status switch
        {
            ContentStatus.Published => query.Where(i => i.Published),
            ContentStatus.WaitingForReview => query.Where(i => reviews.Any(r => r.DocumentId == i.DocumentId && r.State == nameof(ReviewState.WaitingForReview) && r.ScheduledPublishUtc == null)),
            ContentStatus.Returned => query.Where(i => reviews.Any(r => r.DocumentId == i.DocumentId && r.State == nameof(ReviewState.Returned) && r.ScheduledPublishUtc == null)),
            ContentStatus.Scheduled => query.Where(i => reviews.Any(r => r.DocumentId == i.DocumentId && r.ScheduledPublishUtc != null)),
            ContentStatus.Draft => query.Where(i => !i.Published && !reviews.Any(r => r.DocumentId == i.DocumentId)),
            _ => query,
        };

        if (!string.IsNullOrEmpty(filter.TermId))
        {
            var terms = session.Query<TaxonomyIndex>();
            query = query.Where(i => terms.Any(t => t.DocumentId == i.DocumentId && t.TermContentItemId == filter.TermId));
        }

        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var hits = new List<string>();
            foreach (var search in textSearches)
            {
                hits.AddRange(await search.FindContentItemIdsAsync(text, MaxTextHits, cancellationToken));
            }

            // Contains is a LIKE with the pattern escaped by EF Core, so quotes and % are just text.
            query = hits.Count > 0
                ? query.Where(i => i.DisplayText.Contains(text) || hits.Contains(i.ContentItemId))
                : query.Where(i => i.DisplayText.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.Sort switch
        {
            ContentListSort.ModifiedAsc => query.OrderBy(i => i.ModifiedUtc).ThenBy(i => i.Id),
            ContentListSort.PublishedDesc => query.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id),
            ContentListSort.CreatedDesc => query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id),
            ContentListSort.TitleAsc => query.OrderBy(i => i.DisplayText).ThenBy(i => i.Id),
            ContentListSort.TitleDesc => query.OrderByDescending(i => i.DisplayText).ThenByDescending(i => i.Id),
            _ => query.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.Id),
        };
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var rows = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);

        // Two small lookups for the page's rows, not one per row.
        var documentIds = rows.Select(r => r.DocumentId).ToList();
        var itemIds = rows.Select(r => r.ContentItemId).ToList();
        var states = await reviews.Where(r => documentIds.Contains(r.DocumentId)).ToDictionaryAsync(r => r.DocumentId, cancellationToken);
        var published = (await session.Query<ContentItemIndex>()
            .Where(i => i.Published && itemIds.Contains(i.ContentItemId))
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var result = rows.Select(r =>
        {
            states.TryGetValue(r.DocumentId, out var review);
            var state = Enum.TryParse<ReviewState>(review?.State, out var parsed) ? parsed : ReviewState.None;
            var status = ContentStatusText.Of(r.Published, state, review?.ScheduledPublishUtc);
            return new ContentListRow(r, status, published.Contains(r.ContentItemId), review?.ScheduledPublishUtc);
        }).ToList();
        return new ContentListPage(result, total, page, size);
    }
}
