using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Meetings;

public sealed class ParticipantRowInput : EditorRow
{
    public string? OfficialId { get; set; }
    public string? Role { get; set; } = ParticipantRoles.Guest;
    public string? Note { get; set; }

    /// <summary>Titles held on the meeting's date, shown next to the picker.</summary>
    [BindNever]
    public string? Titles { get; set; }

    public override bool IsBlank => string.IsNullOrWhiteSpace(OfficialId) && string.IsNullOrWhiteSpace(Note);
}

public sealed class IndicatorRowInput : EditorRow
{
    public string? Label { get; set; }
    public string? Kind { get; set; } = IndicatorKinds.Count;
    public string? Value { get; set; }
    public string? Denominator { get; set; }
    public string? ReportedPercent { get; set; }
    public string? Target { get; set; }
    public string? Unit { get; set; }
    public string? Note { get; set; }

    /// <summary>For "done / not done" indicators.</summary>
    public bool Done { get; set; }

    /// <summary>Lets a ratio's numerator exceed its denominator (e.g. more new members than planned).</summary>
    public bool AllowAboveDenominator { get; set; }

    public override bool IsBlank => new[] { Label, Value, Denominator, ReportedPercent, Target, Unit, Note }.All(string.IsNullOrWhiteSpace) && !Done;
}

public sealed class MeetingPartEditViewModel
{
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public string? Term { get; set; }
    public string? Date { get; set; }
    public string? PartOfDay { get; set; }
    public string? Place { get; set; }
    public string? OrganisationId { get; set; }
    public string? Summary { get; set; }
    public string? PeriodLabel { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? TaskListId { get; set; }
    public List<string>? DocumentIds { get; set; }
    public List<ParticipantRowInput> Participants { get; set; } = [];
    public List<IndicatorRowInput> Indicators { get; set; } = [];

    [BindNever] public IReadOnlyList<SelectListItem> Kinds { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> PartsOfDay { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Roles { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> IndicatorKinds { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Officials { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> TaskLists { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Documents { get; set; } = [];
}
