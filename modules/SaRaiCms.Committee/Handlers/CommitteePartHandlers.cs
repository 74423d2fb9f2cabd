using System.Text;
using SaRaiCms.Committee.Models;
using SaRaiCms.Committee.Services;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Handlers;

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

/// <summary>A meeting needs a date, an organising body, known kinds and roles, and well-formed indicators.</summary>
public sealed class MeetingPartHandler : ContentPartHandler<MeetingPart>
{
    public override Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.ContentItem.As<MeetingPart>()!;
        if (!MeetingKinds.Labels.ContainsKey(part.Kind))
        {
            context.Result.Fail("MeetingPart.Kind", "Loại hội nghị không hợp lệ.");
        }

        if (part.Date == default)
        {
            context.Result.Fail("MeetingPart.Date", "Ngày họp là bắt buộc.");
        }

        if (string.IsNullOrWhiteSpace(part.OrganisationId))
        {
            context.Result.Fail("MeetingPart.OrganisationId", "Hãy chọn tổ chức chủ trì hội nghị.");
        }

        for (var i = 0; i < part.Participants.Count; i++)
        {
            if (!ParticipantRoles.Labels.ContainsKey(part.Participants[i].Role))
            {
                context.Result.Fail($"MeetingPart.Participants[{i}].Role", $"Người dự thứ {i + 1}: vai trò không hợp lệ.");
            }
        }

        for (var i = 0; i < part.Indicators.Count; i++)
        {
            var indicator = part.Indicators[i];
            if (string.IsNullOrWhiteSpace(indicator.Label))
            {
                context.Result.Fail($"MeetingPart.Indicators[{i}].Label", $"Chỉ tiêu thứ {i + 1}: tên chỉ tiêu là bắt buộc.");
            }

            if (!IndicatorKinds.All.Contains(indicator.Kind))
            {
                context.Result.Fail($"MeetingPart.Indicators[{i}].Kind", $"Chỉ tiêu thứ {i + 1}: loại chỉ tiêu không hợp lệ.");
            }

            if (indicator.Kind == IndicatorKinds.Ratio && indicator.Denominator is not > 0)
            {
                context.Result.Fail($"MeetingPart.Indicators[{i}].Denominator", $"Chỉ tiêu thứ {i + 1}: tỷ lệ cần mẫu số lớn hơn 0.");
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Tasks need text and a stored status (overdue is derived, never stored).</summary>
public sealed class TaskListPartHandler : ContentPartHandler<TaskListPart>
{
    private static readonly string[] Stored = [TaskStatuses.NotStarted, TaskStatuses.InProgress, TaskStatuses.Done];

    public override Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.ContentItem.As<TaskListPart>()!;
        for (var i = 0; i < part.Items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(part.Items[i].Text))
            {
                context.Result.Fail($"TaskListPart.Items[{i}].Text", $"Nhiệm vụ thứ {i + 1}: nội dung là bắt buộc.");
            }

            if (!Stored.Contains(part.Items[i].Status))
            {
                context.Result.Fail($"TaskListPart.Items[{i}].Status", $"Nhiệm vụ thứ {i + 1}: trạng thái không hợp lệ.");
            }
        }

        return Task.CompletedTask;
    }
}
