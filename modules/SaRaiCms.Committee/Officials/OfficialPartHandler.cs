using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Officials;

/// <summary>Positions need a title, an organisation and an end date that is not before the start.</summary>
public sealed class OfficialPartHandler : ContentPartHandler<OfficialPart>
{
    public override Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.ContentItem.As<OfficialPart>()!;
        for (var i = 0; i < part.Positions.Count; i++)
        {
            var position = part.Positions[i];
            if (string.IsNullOrWhiteSpace(position.Title))
            {
                context.Result.Fail($"OfficialPart.Positions[{i}].Title", $"Chức vụ thứ {i + 1}: tên chức vụ là bắt buộc.");
            }

            if (string.IsNullOrWhiteSpace(position.OrganisationId))
            {
                context.Result.Fail($"OfficialPart.Positions[{i}].OrganisationId", $"Chức vụ thứ {i + 1}: hãy chọn tổ chức.");
            }

            if (position.EndDate is { } end && end.Date < position.StartDate.Date)
            {
                context.Result.Fail($"OfficialPart.Positions[{i}].EndDate", $"Chức vụ thứ {i + 1}: ngày kết thúc trước ngày bắt đầu.");
            }
        }

        if (!string.IsNullOrEmpty(part.PhotoPath) && string.IsNullOrWhiteSpace(part.PhotoAlt))
        {
            context.Result.Fail("OfficialPart.PhotoAlt", "Ảnh cần có mô tả (văn bản thay thế).");
        }

        return Task.CompletedTask;
    }
}
