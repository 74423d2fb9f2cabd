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
        if (latest.Published)
        {
            return ContentStatus.Published;
        }

        var review = latest.As<ReviewPart>();
        return review switch
        {
            { ScheduledPublishUtc: not null } => ContentStatus.Scheduled,
            { State: ReviewState.WaitingForReview } => ContentStatus.WaitingForReview,
            { State: ReviewState.Returned } => ContentStatus.Returned,
            _ => ContentStatus.Draft,
        };
    }
}
