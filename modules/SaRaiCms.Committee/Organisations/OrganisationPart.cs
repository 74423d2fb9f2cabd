using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Organisations;

public static class OrganisationKinds
{
    public const string PartyCommittee = "PartyCommittee";
    public const string PartyCell = "PartyCell";
    public const string Board = "Board";
    public const string MassOrganisation = "MassOrganisation";
    public const string StateBody = "StateBody";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [PartyCommittee] = "Cấp ủy Đảng",
        [PartyCell] = "Chi bộ",
        [Board] = "Ban, ủy ban",
        [MassOrganisation] = "Đoàn thể",
        [StateBody] = "Cơ quan nhà nước",
    };
}

/// <summary>A Party body, mass organisation or state body, in a tree, valid for a period, with its history.</summary>
public sealed class OrganisationPart : ContentPart
{
    public string Kind { get; set; } = OrganisationKinds.PartyCommittee;
    public string? ParentId { get; set; }
    public DateTime? ValidFrom { get; set; }

    /// <summary>The last day it existed; null while it exists.</summary>
    public DateTime? ValidTo { get; set; }

    public List<string> PredecessorIds { get; set; } = [];

    /// <summary>What it became (merged into or renamed to).</summary>
    public string? SuccessorId { get; set; }

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public bool IsActiveOn(DateTime date) => (ValidFrom is null || ValidFrom.Value.Date <= date.Date) && (ValidTo is null || ValidTo.Value.Date >= date.Date);
}
