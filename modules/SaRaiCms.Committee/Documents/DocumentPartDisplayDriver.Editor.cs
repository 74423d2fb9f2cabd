using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Documents;

/// <summary>
/// The document's editor: type, number and symbol (checked against both grammars, the type code
/// and the numbers already used; the script runs the same check as the editor types), date, summary, signer, file and issuing body.
/// </summary>
public sealed partial class DocumentPartDisplayDriver
{
    protected override async Task<IEnumerable<ShapeResult>> EditAsync(DocumentPart part, PartContext context)
    {
        var model = posted.Take<DocumentPartEditViewModel>(context) ?? new DocumentPartEditViewModel
        {
            DocumentType = part.DocumentType,
            Number = part.Number,
            IssuedDate = EditorInput.Date(part.IssuedDate),
            Summary = part.Summary,
            Signer = part.Signer,
            AttachmentPath = part.AttachmentPath,
            OrganisationId = part.OrganisationId,
        };
        model.ContentItemId = context.Build.ContentItem.ContentItemId;
        model.DocumentTypes = DocumentNumber.TypeCodes
            .Select(t => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{t.Value} ({t.Key})", t.Value))
            .Prepend(new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem("— Chọn loại văn bản —", ""))
            .ToList();
        EditorInput.TryDate(model.IssuedDate, out var issued);
        model.Organisations = await choices.OrganisationOptionsAsync(issued, null, context.Build.CancellationToken);
        return [Shape("DocumentPart_Edit", model, context)];
    }

    protected override async Task UpdateAsync(DocumentPart part, PartContext context, IUpdateModel updater)
    {
        var ct = context.Build.CancellationToken;
        var model = new DocumentPartEditViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        posted.Keep(context, model);
        var errors = new EditorErrors(updater, context.Prefix);

        var type = EditorInput.Clean(model.DocumentType);
        if (type is null)
        {
            errors.Add(nameof(model.DocumentType), "Chọn loại văn bản.");
        }
        else if (!DocumentNumber.TypeCodes.Values.Contains(type))
        {
            errors.Add(nameof(model.DocumentType), "Loại văn bản không có trong danh mục.");
        }

        if (!EditorInput.TryDate(model.IssuedDate, out var issued))
        {
            errors.Add(nameof(model.IssuedDate), EditorInput.DateMessage);
        }

        var verdict = await numbers.CheckAsync(model.Number, type, issued, context.Build.ContentItem.ContentItemId, ct);
        if (!verdict.Valid)
        {
            errors.Add(nameof(model.Number), verdict.Message);
        }

        var organisationId = EditorInput.Clean(model.OrganisationId);
        if (organisationId is not null && (await choices.OrganisationTreeAsync(ct)).All(o => o.Id != organisationId))
        {
            errors.Add(nameof(model.OrganisationId), "Không tìm thấy cơ quan ban hành đã chọn.");
        }

        var attachment = EditorInput.Clean(model.AttachmentPath);
        if (attachment is not null && (attachment.Contains("..", StringComparison.Ordinal) || attachment.Contains(':', StringComparison.Ordinal) || attachment.Contains('\\', StringComparison.Ordinal)))
        {
            errors.Add(nameof(model.AttachmentPath), "Đường dẫn tệp phải là đường dẫn trong thư viện tệp, ví dụ van-ban/2023/nq-45.pdf.");
        }

        if (errors.Any)
        {
            return;
        }

        part.DocumentType = type!;
        part.Number = verdict.Normalised!;
        part.IssuedDate = issued;
        part.Summary = EditorInput.Clean(model.Summary);
        part.Signer = EditorInput.Clean(model.Signer);
        part.AttachmentPath = attachment?.TrimStart('/');
        part.OrganisationId = organisationId;
    }
}
