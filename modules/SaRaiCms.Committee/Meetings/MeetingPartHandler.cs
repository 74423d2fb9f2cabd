using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Meetings;

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
