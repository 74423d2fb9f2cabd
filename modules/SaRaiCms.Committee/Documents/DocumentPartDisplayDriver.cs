using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Documents;

public sealed partial class DocumentPartDisplayDriver(ContentLookup lookup, EditorChoices choices, PostedEditors posted, DocumentNumberCheck numbers) : ContentPartDisplayDriver<DocumentPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(DocumentPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var organisation = await lookup.PublishedAsync(part.OrganisationId, ct);
        var paths = await lookup.PathsAsync([part.OrganisationId], ct);
        var model = new DocumentViewModel
        {
            Title = context.Build.ContentItem.DisplayText,
            DocumentType = part.DocumentType,
            Number = part.Number,
            IssuedDate = part.IssuedDate is { } date ? VietnameseFormat.DocumentDate(date) : null,
            Summary = part.Summary,
            Signer = part.Signer,
            AttachmentUrl = part.AttachmentPath is { Length: > 0 } path ? "/media/" + path.TrimStart('/') : null,
            Organisation = organisation is null ? null : new LinkViewModel(organisation.DisplayText, paths.GetValueOrDefault(organisation.ContentItemId)),
        };
        return [Shape("DocumentPart", model, context)];
    }
}
