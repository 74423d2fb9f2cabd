using System.Text;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Documents;

/// <summary>A document's number must parse in the Party or the State grammar and match its type.</summary>
public sealed class DocumentPartHandler : ContentPartHandler<DocumentPart>
{
    public override Task UpdatingAsync(ContentContext context) => NormaliseAsync(context);

    public override Task CreatingAsync(ContentContext context) => NormaliseAsync(context);

    private static Task NormaliseAsync(ContentContext context)
    {
        context.ContentItem.Alter<DocumentPart>(part =>
        {
            part.Number = part.Number.Normalize(NormalizationForm.FormC).Trim().Replace(" ", "", StringComparison.Ordinal);
            if (string.IsNullOrWhiteSpace(part.DocumentType) && DocumentNumber.TryParse(part.Number, out var number, out _))
            {
                part.DocumentType = number!.DocumentType;
            }
        });
        return Task.CompletedTask;
    }

    public override Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.ContentItem.As<DocumentPart>()!;
        if (!DocumentNumber.TryParse(part.Number, out var number, out var error))
        {
            context.Result.Fail("DocumentPart.Number", error!);
        }
        else if (!string.IsNullOrEmpty(part.DocumentType) && part.DocumentType != number!.DocumentType)
        {
            context.Result.Fail("DocumentPart.Number", $"Ký hiệu {number.TypeCode} là {number.DocumentType}, không khớp loại văn bản “{part.DocumentType}”.");
        }

        if (part.IssuedDate is null)
        {
            context.Result.Fail("DocumentPart.IssuedDate", "Ngày ban hành là bắt buộc.");
        }

        return Task.CompletedTask;
    }
}
