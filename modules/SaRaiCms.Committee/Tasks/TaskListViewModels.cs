using SaRaiCms.Committee.Common;

namespace SaRaiCms.Committee.Tasks;

public sealed class TaskListViewModel
{
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? PeriodLabel { get; init; }
    public LinkViewModel? Organisation { get; init; }
    public LinkViewModel? AdoptingMeeting { get; init; }
    public IReadOnlyList<TaskRowViewModel> Items { get; init; } = [];
}

public sealed record TaskRowViewModel(int Number, string Text, string? Area, string? ResponsibleBody, string? DueDate, string Status, string StatusLabel, string? ProgressNotes);
