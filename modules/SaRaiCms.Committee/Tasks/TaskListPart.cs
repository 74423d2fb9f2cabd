using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Tasks;

public static class TaskStatuses
{
    public const string NotStarted = "NotStarted";
    public const string InProgress = "InProgress";
    public const string Done = "Done";

    /// <summary>Never stored: derived when a task that is not done is past its due date.</summary>
    public const string Overdue = "Overdue";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [NotStarted] = "Chưa thực hiện",
        [InProgress] = "Đang thực hiện",
        [Done] = "Hoàn thành",
        [Overdue] = "Quá hạn",
    };
}

/// <summary>The tasks set for a period (nhiệm vụ trọng tâm), in order.</summary>
public sealed class TaskListPart : ContentPart
{
    public string? PeriodLabel { get; set; }
    public DateTime? PeriodStart { get; set; }
    public DateTime? PeriodEnd { get; set; }
    public string OrganisationId { get; set; } = "";
    public string? AdoptingMeetingId { get; set; }
    public List<TaskItem> Items { get; set; } = [];
}

public sealed class TaskItem
{
    public string Text { get; set; } = "";
    public string? Area { get; set; }
    public string? ResponsibleBody { get; set; }
    public DateTime? DueDate { get; set; }

    /// <summary>NotStarted, InProgress or Done; see <see cref="StatusOn"/> for what to show.</summary>
    public string Status { get; set; } = TaskStatuses.NotStarted;
    public string? ProgressNotes { get; set; }

    /// <summary>The status as of <paramref name="today"/>: a task not done after its due date is overdue.</summary>
    public string StatusOn(DateTime today)
        => Status != TaskStatuses.Done && DueDate is { } due && due.Date < today.Date ? TaskStatuses.Overdue : Status;
}
