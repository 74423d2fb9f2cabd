using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Tasks;

/// <summary>A status filter link with how many tasks have that status today.</summary>
public sealed record StatusFilter(string? Key, string Label, string Url, int Count, bool Current);

public sealed record TaskPageRow(int Number, string Text, string? Area, string? ResponsibleBody, string? Due, string? DueIso, string Status, string StatusLabel, string? ProgressNotes);

public sealed record TaskGroup(ItemLink List, string? Period, ItemLink? Organisation, IReadOnlyList<TaskPageRow> Tasks);

public sealed class TaskPageViewModel : PageViewModel
{
    /// <summary>The status filtered on (NotStarted, InProgress, Done, Overdue), or null for all.</summary>
    public string? Status { get; init; }
    public IReadOnlyList<StatusFilter> Filters { get; init; } = [];
    public IReadOnlyList<TaskGroup> Groups { get; init; } = [];
    public int Count { get; init; }

    /// <summary>"28/6/2025": the day statuses are worked out for (overdue is derived from it).</summary>
    public required string Today { get; init; }
}
