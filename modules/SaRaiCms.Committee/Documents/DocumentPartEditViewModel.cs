using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SaRaiCms.Committee.Documents;

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
