using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Officials;

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
