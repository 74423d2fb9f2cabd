using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SaRaiCms.Committee.Organisations;

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
