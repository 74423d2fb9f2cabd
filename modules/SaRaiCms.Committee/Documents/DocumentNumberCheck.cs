using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.Editing;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Documents;

/// <summary>The verdict on a typed number and symbol: what the editor reads, and the number as it will be stored.</summary>
public sealed record DocumentNumberVerdict(bool Valid, string Message, string? Normalised);

/// <summary>
/// Checks a document's number and symbol as the editor and its live check need it: the grammar
/// (<see cref="DocumentNumber"/>), that the type code matches the chosen document type, and
/// that no other document of that type has the same number in the same year (Party numbering
/// restarts each term, state numbers carry their year).
/// </summary>
public sealed class DocumentNumberCheck(IDocumentSession session)
{
    public async Task<DocumentNumberVerdict> CheckAsync(string? number, string? documentType, DateTime? issuedDate, string? contentItemId, CancellationToken cancellationToken)
    {
        if (!DocumentNumber.TryParse(number, out var parsed, out var error))
        {
            return new DocumentNumberVerdict(false, error!, null);
        }

        var type = EditorInput.Clean(documentType);
        if (type is not null && parsed!.DocumentType != type)
        {
            return new DocumentNumberVerdict(false,
                $"Ký hiệu “{parsed.TypeCode}” là của {parsed.DocumentType}, không khớp loại văn bản đã chọn ({type}). Sửa ký hiệu hoặc chọn loại {parsed.DocumentType}.",
                parsed.Text);
        }

        var key = DocumentNumber.Key(parsed!.Text);
        var year = parsed.Year ?? issuedDate?.Year;
        var others = await session.Query<DocumentIndex>()
            .Where(d => d.NumberKey == key && d.ContentItemId != (contentItemId ?? "") && (d.Latest || d.Published))
            .Select(d => new { d.ContentItemId, d.DocumentType, d.Year })
            .ToListAsync(cancellationToken);
        var clash = others.FirstOrDefault(d => d.DocumentType == parsed.DocumentType && (year is null || d.Year is null || d.Year == year));
        if (clash is not null)
        {
            var title = await session.Query<ContentItemIndex>().Where(i => i.ContentItemId == clash.ContentItemId && i.Latest)
                .Select(i => i.DisplayText).FirstOrDefaultAsync(cancellationToken);
            var when = clash.Year is { } y ? $" năm {y}" : "";
            return new DocumentNumberVerdict(false,
                $"Số, ký hiệu {parsed.Text} đã dùng cho {parsed.DocumentType.ToLowerInvariant()} “{title ?? clash.ContentItemId}”{when}. Mỗi số chỉ dùng cho một văn bản cùng loại trong một năm.",
                parsed.Text);
        }

        var grammar = parsed.IsParty
            ? $"văn bản của Đảng, số {parsed.Number}, cơ quan ban hành {parsed.Issuer}"
            : $"văn bản nhà nước, số {parsed.Number} năm {parsed.Year}, cơ quan ban hành {parsed.Issuer}";
        return new DocumentNumberVerdict(true, $"Đúng mẫu: {parsed.DocumentType}, {grammar}.", parsed.Text);
    }
}
