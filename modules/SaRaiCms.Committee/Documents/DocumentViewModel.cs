using SaRaiCms.Committee.Common;

namespace SaRaiCms.Committee.Documents;

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
