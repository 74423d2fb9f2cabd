using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Tasks;

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
