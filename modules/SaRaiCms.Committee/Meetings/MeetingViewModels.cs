using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Tasks;

namespace SaRaiCms.Committee.Meetings;

public sealed class MeetingViewModel
{
    public required string Title { get; init; }
    public required string KindLine { get; init; }
    public required string DateLine { get; init; }
    public required string ShortDate { get; init; }
    public string? Place { get; init; }
    public LinkViewModel? Organisation { get; init; }
    public string? Summary { get; init; }
    public string? PeriodLabel { get; init; }
    public IReadOnlyList<ParticipantGroupViewModel> Participants { get; init; } = [];
    public IReadOnlyList<IndicatorRowViewModel> Indicators { get; init; } = [];
    public TaskListViewModel? TaskList { get; init; }
    public IReadOnlyList<LinkViewModel> Documents { get; init; } = [];
    public IReadOnlyList<LinkViewModel> News { get; init; } = [];
}

public sealed record ParticipantGroupViewModel(string RoleLabel, IReadOnlyList<ParticipantViewModel> People);

/// <summary>A participant with the titles held on the meeting's date.</summary>
public sealed record ParticipantViewModel(LinkViewModel Official, string TitlesOnDate, string? Note);

public sealed record IndicatorRowViewModel(string Label, string ValueText, decimal? Percent, string? PercentText, string? Note);
