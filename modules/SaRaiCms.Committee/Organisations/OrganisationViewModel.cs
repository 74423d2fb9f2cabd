using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Meetings;

namespace SaRaiCms.Committee.Organisations;

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
