namespace SaRaiCms.Committee.ViewModels;

/// <summary>A link to another item; Url is null when the item is not published.</summary>
public sealed record LinkViewModel(string Text, string? Url);

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

public sealed class OfficialViewModel
{
    public required string Name { get; init; }
    public string? PhotoUrl { get; init; }
    public string? PhotoAlt { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Titles held today; empty when none is.</summary>
    public string CurrentTitles { get; init; } = "";
    public IReadOnlyList<PositionRowViewModel> History { get; init; } = [];
}

public sealed record PositionRowViewModel(string Title, LinkViewModel Organisation, string Period, string? Term, bool IsCurrent);

public sealed class OrganisationViewModel
{
    public required string Name { get; init; }
    public required string KindLabel { get; init; }
    public string? Validity { get; init; }
    public bool IsDefunct { get; init; }
    public LinkViewModel? Successor { get; init; }
    public string? EndedOn { get; init; }
    public LinkViewModel? Parent { get; init; }
    public IReadOnlyList<LinkViewModel> Predecessors { get; init; } = [];
    public IReadOnlyList<LinkViewModel> Children { get; init; } = [];

    /// <summary>People who held a position there on <see cref="PeopleAsOf"/> (today, or its last day).</summary>
    public IReadOnlyList<ParticipantViewModel> People { get; init; } = [];
    public string? PeopleAsOf { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}

public sealed class DocumentViewModel
{
    public required string Title { get; init; }
    public required string DocumentType { get; init; }
    public required string Number { get; init; }
    public string? IssuedDate { get; init; }
    public string? Summary { get; init; }
    public string? Signer { get; init; }
    public string? AttachmentUrl { get; init; }
    public LinkViewModel? Organisation { get; init; }
}
