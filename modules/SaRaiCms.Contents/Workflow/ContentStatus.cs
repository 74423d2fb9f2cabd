namespace SaRaiCms.Contents.Workflow;

/// <summary>What the content list calls an item's state, from its latest version.</summary>
public enum ContentStatus
{
    Draft,
    WaitingForReview,
    Returned,
    Scheduled,
    Published,
}

public static class ContentStatusText
{
    public static string Vietnamese(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Bản nháp",
        ContentStatus.WaitingForReview => "Chờ duyệt",
        ContentStatus.Returned => "Bị trả lại",
        ContentStatus.Scheduled => "Đã lên lịch",
        ContentStatus.Published => "Đã xuất bản",
        _ => status.ToString(),
    };

    public static ContentStatus Of(SaRaiCms.ContentManagement.ContentItem latest)
    {
        var review = latest.As<ReviewPart>();
        return Of(latest.Published, review?.State ?? ReviewState.None, review?.ScheduledPublishUtc);
    }

    /// <summary>The one rule, for a loaded version and for index rows alike: a schedule wins over a review state.</summary>
    public static ContentStatus Of(bool published, ReviewState state, DateTime? scheduledPublishUtc)
        => published ? ContentStatus.Published
            : scheduledPublishUtc is not null ? ContentStatus.Scheduled
            : state switch
            {
                ReviewState.WaitingForReview => ContentStatus.WaitingForReview,
                ReviewState.Returned => ContentStatus.Returned,
                _ => ContentStatus.Draft,
            };
}
