using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Store;

public sealed class ContentItemIndexProvider : IndexProvider<ContentItem, ContentItemIndex>
{
    public const string PublishedByTypeIndex = "IX_ContentItemIndex_PublishedByType";
    public const string PublishedIndex = "IX_ContentItemIndex_Published";
    public const string LatestByModifiedIndex = "IX_ContentItemIndex_LatestByModified";
    public const string LatestByTypeIndex = "IX_ContentItemIndex_LatestByType";
    public const string LatestByTitleIndex = "IX_ContentItemIndex_LatestByTitle";
    public const string LatestPublishedIndex = "IX_ContentItemIndex_LatestPublished";
    public const string LatestDraftIndex = "IX_ContentItemIndex_LatestDraft";

    public override IEnumerable<ContentItemIndex> Map(ContentItem item)
    {
        // Every version has a row, so that history can be listed; lists filter on Latest or Published.
        yield return new ContentItemIndex
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            DisplayText = item.DisplayText.Length > 255 ? item.DisplayText[..255] : item.DisplayText,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedUtc = item.PublishedUtc,
        };
    }

    protected override void Configure(EntityTypeBuilder<ContentItemIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.ContentItemVersionId).HasMaxLength(64);
        table.Property(x => x.ContentType).HasMaxLength(255);
        table.Property(x => x.Owner).HasMaxLength(255);
        table.Property(x => x.Author).HasMaxLength(255);
        table.Property(x => x.DisplayText).HasMaxLength(255);
        table.HasIndex(x => new { x.ContentItemId, x.Latest, x.Published }).HasDatabaseName("IX_ContentItemIndex_Item");
        table.HasIndex(x => x.ContentItemVersionId).HasDatabaseName("IX_ContentItemIndex_Version");
        // Lists: "published items of a type, newest first" and the admin's "latest items, by modified date".
        table.HasIndex(x => new { x.ContentType, x.Published, x.PublishedUtc }).HasDatabaseName("IX_ContentItemIndex_TypePublished");
        table.HasIndex(x => new { x.Latest, x.ContentType, x.ModifiedUtc }).HasDatabaseName("IX_ContentItemIndex_LatestType");
        table.HasIndex(x => new { x.Latest, x.ModifiedUtc }).HasDatabaseName("IX_ContentItemIndex_LatestModified");
        table.HasIndex(x => new { x.Owner, x.Latest }).HasDatabaseName("IX_ContentItemIndex_Owner");

        // Partial indexes over published rows only, so "newest published of a type" and "newest
        // published of all" read the index in order instead of sorting every row. The filter is
        // written the same way on SQLite and PostgreSQL.
        table.HasIndex(x => new { x.ContentType, x.PublishedUtc }).HasFilter("\"Published\"").HasDatabaseName(PublishedByTypeIndex).AddedByLaterMigration();
        table.HasIndex(x => new { x.PublishedUtc, x.Id }).HasFilter("\"Published\"").HasDatabaseName(PublishedIndex).AddedByLaterMigration();

        // The same for the admin's list of latest versions: a boolean column alone is no index
        // key the planners can seek on, so "Latest" is the filter of these indexes. They serve the
        // count and the page of /admin/contents without reading the table, by date, type or title.
        table.HasIndex(x => new { x.ModifiedUtc, x.Id }).HasFilter("\"Latest\"").HasDatabaseName(LatestByModifiedIndex).AddedByLaterMigration();
        table.HasIndex(x => new { x.ContentType, x.ModifiedUtc }).HasFilter("\"Latest\"").HasDatabaseName(LatestByTypeIndex).AddedByLaterMigration();
        table.HasIndex(x => x.DisplayText).HasFilter("\"Latest\"").HasDatabaseName(LatestByTitleIndex).AddedByLaterMigration();
        table.HasIndex(x => x.ModifiedUtc).HasFilter("\"Latest\" AND \"Published\"").HasDatabaseName(LatestPublishedIndex).AddedByLaterMigration();
        // Named: an unnamed index on the same columns would be the same EF index as LatestByModified.
        table.HasIndex(x => new { x.ModifiedUtc, x.Id }, LatestDraftIndex).HasFilter("\"Latest\" AND NOT \"Published\"").HasDatabaseName(LatestDraftIndex).AddedByLaterMigration();
    }
}
