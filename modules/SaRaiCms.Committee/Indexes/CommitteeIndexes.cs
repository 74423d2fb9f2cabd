using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Models;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Indexes;

/// <summary>Base for committee indexes: rows exist only for the latest and the published version.</summary>
public abstract class CommitteeIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public abstract class CommitteeIndexProvider<TPart, TIndex> : IndexProvider<ContentItem, TIndex>
    where TPart : ContentPart
    where TIndex : CommitteeIndex
{
    public override IEnumerable<TIndex> Map(ContentItem item)
    {
        if ((!item.Latest && !item.Published) || item.As<TPart>() is not { } part)
        {
            yield break;
        }

        foreach (var row in Map(item, part))
        {
            row.ContentItemId = item.ContentItemId;
            row.Published = item.Published;
            row.Latest = item.Latest;
            yield return row;
        }
    }

    protected abstract IEnumerable<TIndex> Map(ContentItem item, TPart part);

    protected override void Configure(EntityTypeBuilder<TIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.HasIndex(x => x.ContentItemId);
        ConfigureColumns(table);
    }

    protected abstract void ConfigureColumns(EntityTypeBuilder<TIndex> table);
}

/// <summary>Meetings by date and organisation.</summary>
public sealed class MeetingIndex : CommitteeIndex
{
    public DateTime Date { get; set; }
    public string OrganisationId { get; set; } = "";
    public string Kind { get; set; } = "";
}

public sealed class MeetingIndexProvider : CommitteeIndexProvider<MeetingPart, MeetingIndex>
{
    protected override IEnumerable<MeetingIndex> Map(ContentItem item, MeetingPart part)
    {
        yield return new MeetingIndex { Date = part.Date.Date, OrganisationId = part.OrganisationId, Kind = part.Kind };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<MeetingIndex> table)
    {
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Kind).HasMaxLength(64);
        table.HasIndex(x => new { x.Published, x.Date }).HasDatabaseName("IX_MeetingIndex_Date");
        table.HasIndex(x => new { x.OrganisationId, x.Published, x.Date }).HasDatabaseName("IX_MeetingIndex_Organisation");
    }
}

/// <summary>Positions by official, organisation and date range: "who held what on date D".</summary>
public sealed class PositionIndex : CommitteeIndex
{
    public string OrganisationId { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTime StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public int Order { get; set; }
    public string? Term { get; set; }
}

public sealed class PositionIndexProvider : CommitteeIndexProvider<OfficialPart, PositionIndex>
{
    protected override IEnumerable<PositionIndex> Map(ContentItem item, OfficialPart part)
        => part.Positions.Select(p => new PositionIndex
        {
            OrganisationId = p.OrganisationId,
            Title = p.Title.Length > 255 ? p.Title[..255] : p.Title,
            StartDate = p.StartDate.Date,
            EndDate = p.EndDate?.Date,
            Order = p.Order,
            Term = p.Term,
        });

    protected override void ConfigureColumns(EntityTypeBuilder<PositionIndex> table)
    {
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Title).HasMaxLength(255);
        table.Property(x => x.Term).HasMaxLength(255);
        table.HasIndex(x => new { x.ContentItemId, x.Published, x.StartDate }).HasDatabaseName("IX_PositionIndex_Official");
        table.HasIndex(x => new { x.OrganisationId, x.Published, x.StartDate, x.EndDate }).HasDatabaseName("IX_PositionIndex_Organisation");
    }
}

/// <summary>Tasks by status and due date (the stored status; overdue is derived at query time from DueDate).</summary>
public sealed class TaskIndex : CommitteeIndex
{
    public int Position { get; set; }
    public string Status { get; set; } = "";
    public DateTime? DueDate { get; set; }
    public string OrganisationId { get; set; } = "";
    public string? Area { get; set; }
}

public sealed class TaskIndexProvider : CommitteeIndexProvider<TaskListPart, TaskIndex>
{
    protected override IEnumerable<TaskIndex> Map(ContentItem item, TaskListPart part)
        => part.Items.Select((t, i) => new TaskIndex
        {
            Position = i,
            Status = t.Status,
            DueDate = t.DueDate?.Date,
            OrganisationId = part.OrganisationId,
            Area = t.Area is { Length: > 255 } a ? a[..255] : t.Area,
        });

    protected override void ConfigureColumns(EntityTypeBuilder<TaskIndex> table)
    {
        table.Property(x => x.Status).HasMaxLength(32);
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Area).HasMaxLength(255);
        table.HasIndex(x => new { x.Published, x.Status, x.DueDate }).HasDatabaseName("IX_TaskIndex_Status");
    }
}

/// <summary>Documents by type, number and date; the number is also kept folded for lookup as typed.</summary>
public sealed class DocumentIndex : CommitteeIndex
{
    public string DocumentType { get; set; } = "";
    public string Number { get; set; } = "";

    /// <summary>Lower case, marks stripped, đ as d, only letters and digits: "45nqdu".</summary>
    public string NumberKey { get; set; } = "";
    public DateTime? IssuedDate { get; set; }
    public int? Year { get; set; }
}

public sealed class DocumentIndexProvider : CommitteeIndexProvider<DocumentPart, DocumentIndex>
{
    protected override IEnumerable<DocumentIndex> Map(ContentItem item, DocumentPart part)
    {
        yield return new DocumentIndex
        {
            DocumentType = part.DocumentType,
            Number = part.Number,
            NumberKey = Services.DocumentNumber.Key(part.Number),
            IssuedDate = part.IssuedDate?.Date,
            Year = part.IssuedDate?.Year,
        };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<DocumentIndex> table)
    {
        table.Property(x => x.DocumentType).HasMaxLength(64);
        table.Property(x => x.Number).HasMaxLength(128);
        table.Property(x => x.NumberKey).HasMaxLength(128);
        table.HasIndex(x => new { x.Published, x.DocumentType, x.IssuedDate }).HasDatabaseName("IX_DocumentIndex_Type");
        table.HasIndex(x => new { x.Published, x.Year }).HasDatabaseName("IX_DocumentIndex_Year");
        table.HasIndex(x => x.NumberKey).HasDatabaseName("IX_DocumentIndex_Number");
    }
}

/// <summary>Organisations in their tree, with their validity and successor.</summary>
public sealed class OrganisationIndex : CommitteeIndex
{
    public string? ParentId { get; set; }
    public string Kind { get; set; } = "";
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
    public string? SuccessorId { get; set; }
}

public sealed class OrganisationIndexProvider : CommitteeIndexProvider<OrganisationPart, OrganisationIndex>
{
    protected override IEnumerable<OrganisationIndex> Map(ContentItem item, OrganisationPart part)
    {
        yield return new OrganisationIndex
        {
            ParentId = part.ParentId,
            Kind = part.Kind,
            ValidFrom = part.ValidFrom?.Date,
            ValidTo = part.ValidTo?.Date,
            SuccessorId = part.SuccessorId,
        };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<OrganisationIndex> table)
    {
        table.Property(x => x.ParentId).HasMaxLength(64);
        table.Property(x => x.Kind).HasMaxLength(64);
        table.Property(x => x.SuccessorId).HasMaxLength(64);
        table.HasIndex(x => new { x.ParentId, x.Published }).HasDatabaseName("IX_OrganisationIndex_Parent");
    }
}

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
