using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Workflow;

/// <summary>Latest versions waiting for review, returned, or scheduled: what the list's status filter and the scheduler query.</summary>
public sealed class ContentReviewIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string State { get; set; } = "";
    public DateTime? ScheduledPublishUtc { get; set; }
}

public sealed class ContentReviewIndexProvider : IndexProvider<ContentItem, ContentReviewIndex>
{
    public override IEnumerable<ContentReviewIndex> Map(ContentItem item)
    {
        // Only the latest unpublished version can wait for anything.
        if (item.Latest && !item.Published && item.As<ReviewPart>() is { IsEmpty: false } review)
        {
            yield return new ContentReviewIndex
            {
                ContentItemId = item.ContentItemId,
                State = review.State.ToString(),
                ScheduledPublishUtc = review.ScheduledPublishUtc,
            };
        }
    }

    protected override void Configure(EntityTypeBuilder<ContentReviewIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.State).HasMaxLength(32);
        table.HasIndex(x => x.State).HasDatabaseName("IX_ContentReviewIndex_State");
        table.HasIndex(x => x.ScheduledPublishUtc).HasDatabaseName("IX_ContentReviewIndex_Scheduled");
    }
}
