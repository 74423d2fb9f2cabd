using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.News;

/// <summary>News by category and date (the article's date, which may differ from when it was published).</summary>
/// <summary>A news article's rows: one per category (one without a category when it has none).</summary>
public sealed class NewsIndex : CommitteeIndex
{
    public DateTime Date { get; set; }
    public string? CategoryId { get; set; }
    public string? MeetingId { get; set; }
    public bool Featured { get; set; }
}

public sealed class NewsIndexProvider : IndexProvider<ContentItem, NewsIndex>
{
    /// <summary>Published rows newest first: lists walk it in page order and stop at the page (a bare "Published" test uses no index on SQLite).</summary>
    public const string PublishedByDateIndex = "IX_NewsIndex_PublishedByDate";

    public override IEnumerable<NewsIndex> Map(ContentItem item)
    {
        if (item.ContentType != CommitteeTypes.News || (!item.Latest && !item.Published) || item.Get<ContentPart>(CommitteeTypes.News) is not { } part)
        {
            yield break;
        }

        var date = part.Get<DateTimeField>("Date")?.Value ?? item.PublishedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch;
        // One row per category, each category once: a category's list counts an article once.
        var categories = (part.Get<TaxonomyField>("Category")?.TermContentItemIds ?? []).Where(c => c.Length > 0).Distinct().ToList();
        var meeting = part.Get<ContentPickerField>("RelatedMeeting")?.ContentItemIds.FirstOrDefault();
        var featured = part.Get<BooleanField>("Featured")?.Value ?? false;
        foreach (var category in categories.DefaultIfEmpty(null))
        {
            yield return new NewsIndex
            {
                ContentItemId = item.ContentItemId,
                Published = item.Published,
                Latest = item.Latest,
                Date = date,
                CategoryId = category,
                MeetingId = meeting,
                Featured = featured,
            };
        }
    }

    protected override void Configure(EntityTypeBuilder<NewsIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.CategoryId).HasMaxLength(64);
        table.Property(x => x.MeetingId).HasMaxLength(64);
        table.HasIndex(x => new { x.Published, x.Date }).HasDatabaseName("IX_NewsIndex_Date");
        table.HasIndex(x => new { x.CategoryId, x.Published, x.Date }).HasDatabaseName("IX_NewsIndex_Category");
        table.HasIndex(x => new { x.MeetingId, x.Published }).HasDatabaseName("IX_NewsIndex_Meeting");
        table.HasIndex(x => new { x.Date, x.ContentItemId }).IsDescending(true, false).HasFilter("\"Published\"")
            .HasDatabaseName(PublishedByDateIndex).AddedByLaterMigration();
    }
}

public static class NewsIndexQueries
{
    /// <summary>
    /// One row per article, its document's first: an article has a row per category. Unlike
    /// DISTINCT, which sorts every published article for any page, this lets the database walk
    /// <see cref="NewsIndexProvider.PublishedByDateIndex"/> in page order.
    /// </summary>
    public static IQueryable<NewsIndex> OnePerArticle(this IQueryable<NewsIndex> rows, IQueryable<NewsIndex> all)
        => rows.Where(n => n.Id == all.Where(m => m.DocumentId == n.DocumentId).Min(m => m.Id));

    /// <summary>Newest first, in the order of <see cref="NewsIndexProvider.PublishedByDateIndex"/>.</summary>
    public static IOrderedQueryable<NewsIndex> NewestFirst(this IQueryable<NewsIndex> rows)
        => rows.OrderByDescending(n => n.Date).ThenBy(n => n.ContentItemId);
}
