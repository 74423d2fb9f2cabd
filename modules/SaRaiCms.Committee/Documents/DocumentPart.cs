using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Documents;

/// <summary>A document (văn bản): its type, number and symbol, date, summary (trích yếu), signer and file.</summary>
public sealed class DocumentPart : ContentPart
{
    /// <summary>Nghị quyết, Chỉ thị, Kế hoạch, Báo cáo, Thông báo, Quyết định …</summary>
    public string DocumentType { get; set; } = "";

    /// <summary>Number and symbol as written: "45-NQ/ĐU" or "43/2024/QĐ-UBND".</summary>
    public string Number { get; set; } = "";
    public DateTime? IssuedDate { get; set; }
    public string? Summary { get; set; }
    public string? Signer { get; set; }

    /// <summary>Media path of the PDF.</summary>
    public string? AttachmentPath { get; set; }
    public string? OrganisationId { get; set; }
}
