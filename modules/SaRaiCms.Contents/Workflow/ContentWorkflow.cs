using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Workflow;

/// <summary>
/// The review workflow's transitions: Draft → Waiting for review → Published, or Returned to
/// the author with a comment; and publishing at a set time. Permission checks are the
/// caller's (the admin controller asks <see cref="Security.IContentAuthorizer"/> first);
/// this class only moves state and saves through the content manager.
/// </summary>
public sealed class ContentWorkflow(IContentManager content, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Marks a draft (before it is saved) as submitted for review.</summary>
    public void MarkSubmitted(ContentItem draft, string userName)
        => draft.Alter<ReviewPart>(r =>
        {
            r.State = ReviewState.WaitingForReview;
            r.SubmittedBy = userName;
            r.SubmittedUtc = Now;
            r.Comment = null;
            r.ScheduledPublishUtc = null;
        });

    /// <summary>Marks a draft (before it is saved) to be published at <paramref name="publishUtc"/>.</summary>
    public void MarkScheduled(ContentItem draft, DateTime publishUtc)
        => draft.Alter<ReviewPart>(r =>
        {
            r.State = ReviewState.None;
            r.ScheduledPublishUtc = DateTime.SpecifyKind(publishUtc, DateTimeKind.Utc);
        });

    /// <summary>A plain save of a draft keeps it a draft: an earlier return comment stays visible until resubmitted.</summary>
    public static void ClearSchedule(ContentItem draft)
    {
        if (draft.As<ReviewPart>() is { ScheduledPublishUtc: not null })
        {
            draft.Alter<ReviewPart>(r => r.ScheduledPublishUtc = null);
        }
    }

    /// <summary>A reviewer approves the latest version: it is published now.</summary>
    public async Task ApproveAsync(ContentItem latest, string reviewer, CancellationToken cancellationToken)
    {
        latest.Alter<ReviewPart>(r =>
        {
            r.ReviewedBy = reviewer;
            r.ReviewedUtc = Now;
        });
        await content.PublishAsync(latest, cancellationToken);
    }

    /// <summary>A reviewer returns the latest version to its author with a comment; nothing is published.</summary>
    public async Task<ContentValidationResult> ReturnAsync(ContentItem latest, string reviewer, string comment, CancellationToken cancellationToken)
    {
        latest.Alter<ReviewPart>(r =>
        {
            r.State = ReviewState.Returned;
            r.Comment = comment.Trim();
            r.ReviewedBy = reviewer;
            r.ReviewedUtc = Now;
        });
        return await content.UpdateAsync(latest, cancellationToken);
    }
}

/// <summary>Publishing ends a version's wait: no state, no schedule (who reviewed it stays in its history).</summary>
public sealed class ReviewPartHandler : ContentHandlerBase
{
    public override Task PublishingAsync(ContentContext context)
    {
        if (context.ContentItem.As<ReviewPart>() is { } review && (review.State != ReviewState.None || review.ScheduledPublishUtc is not null))
        {
            context.ContentItem.Alter<ReviewPart>(r =>
            {
                r.State = ReviewState.None;
                r.ScheduledPublishUtc = null;
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>A new draft of a published item starts with no review state of its own.</summary>
    public override Task VersioningAsync(ContentContext context)
    {
        if (context.ContentItem.Has(nameof(ReviewPart)) && context.ContentItem.As<ReviewPart>() is { State: ReviewState.None, ScheduledPublishUtc: null })
        {
            context.ContentItem.Alter<ReviewPart>(r => r.Comment = null);
        }

        return Task.CompletedTask;
    }
}
