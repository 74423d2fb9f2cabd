using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using SaRaiCms.Committee.Models;

namespace SaRaiCms.Committee.ViewModels;

// Editor models: every posted value is a string (dates and numbers are parsed by the drivers,
// with Vietnamese messages) and nullable, so MVC adds no English "required" errors of its own.
// Rows are posted as indexed fields (Prefix.Participants[0].OfficialId) and work without JavaScript.

/// <summary>What every editable row has: its place in the list and a way to drop it without JavaScript.</summary>
public abstract class EditorRow
{
    /// <summary>"Thứ tự": rows are saved in this order (the script keeps it in step when rows are moved).</summary>
    public string? Order { get; set; }
    public bool Remove { get; set; }

    /// <summary>An untouched extra row: skipped when saving.</summary>
    public abstract bool IsBlank { get; }
}

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

public sealed class TaskItemRowInput : EditorRow
{
    public string? Text { get; set; }
    public string? Area { get; set; }
    public string? ResponsibleBody { get; set; }
    public string? DueDate { get; set; }
    public string? Status { get; set; } = TaskStatuses.NotStarted;
    public string? ProgressNotes { get; set; }

    public override bool IsBlank => new[] { Text, Area, ResponsibleBody, DueDate, ProgressNotes }.All(string.IsNullOrWhiteSpace);
}

public sealed class TaskListPartEditViewModel
{
    public string? PeriodLabel { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? OrganisationId { get; set; }
    public string? AdoptingMeetingId { get; set; }
    public List<TaskItemRowInput> Items { get; set; } = [];

    [BindNever] public IReadOnlyList<SelectListItem> Statuses { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Meetings { get; set; } = [];
}

public sealed class PositionRowInput : EditorRow
{
    public string? Title { get; set; }
    public string? OrganisationId { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Term { get; set; }

    public override bool IsBlank => new[] { Title, OrganisationId, StartDate, EndDate, Term }.All(string.IsNullOrWhiteSpace);
}

public sealed class OfficialPartEditViewModel
{
    public string? PhotoPath { get; set; }
    public string? PhotoAlt { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<PositionRowInput> Positions { get; set; } = [];

    [BindNever] public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
}

public sealed class OrganisationPartEditViewModel
{
    public string? Kind { get; set; }
    public string? ParentId { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public List<string>? PredecessorIds { get; set; }
    public string? SuccessorId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    [BindNever] public IReadOnlyList<SelectListItem> Kinds { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
}

public sealed class DocumentPartEditViewModel
{
    public string? DocumentType { get; set; }
    public string? Number { get; set; }
    public string? IssuedDate { get; set; }
    public string? Summary { get; set; }
    public string? Signer { get; set; }
    public string? AttachmentPath { get; set; }
    public string? OrganisationId { get; set; }

    /// <summary>The item being edited: the live check leaves it out when looking for duplicates.</summary>
    [BindNever] public string ContentItemId { get; set; } = "";

    [BindNever] public IReadOnlyList<SelectListItem> DocumentTypes { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
}
