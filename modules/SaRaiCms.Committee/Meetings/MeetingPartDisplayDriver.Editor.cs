using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Organisations;

namespace SaRaiCms.Committee.Meetings;

/// <summary>
/// The meeting's editor: when and where, the organising body, who took part in which role
/// (with the titles they held on the meeting's date), the indicators reported, the adopted task list and documents.
/// </summary>
public sealed partial class MeetingPartDisplayDriver
{
    protected override async Task<IEnumerable<ShapeResult>> EditAsync(MeetingPart part, PartContext context)
    {
        var model = posted.Take<MeetingPartEditViewModel>(context) ?? FromPart(part);
        await FillAsync(model, context.Build.CancellationToken);
        return [Shape("MeetingPart_Edit", model, context)];
    }

    protected override async Task UpdateAsync(MeetingPart part, PartContext context, IUpdateModel updater)
    {
        var ct = context.Build.CancellationToken;
        var model = new MeetingPartEditViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        posted.Keep(context, model);
        var errors = new EditorErrors(updater, context.Prefix);

        var kind = EditorInput.Clean(model.Kind) ?? "";
        if (!MeetingKinds.Labels.ContainsKey(kind))
        {
            errors.Add(nameof(model.Kind), "Chọn loại hội nghị.");
        }

        int? number = null;
        if (EditorInput.Clean(model.Number) is { } numberText)
        {
            if (int.TryParse(numberText, out var n) && n > 0)
            {
                number = n;
            }
            else
            {
                errors.Add(nameof(model.Number), "“Lần thứ” phải là số nguyên dương.");
            }
        }

        DateTime? date = null;
        if (EditorInput.Clean(model.Date) is null)
        {
            errors.Add(nameof(model.Date), "Ngày họp là bắt buộc.");
        }
        else if (!EditorInput.TryDate(model.Date, out date))
        {
            errors.Add(nameof(model.Date), EditorInput.DateMessage);
        }

        var partOfDay = EditorInput.Clean(model.PartOfDay) ?? PartsOfDay.AllDay;
        if (!PartsOfDay.Labels.ContainsKey(partOfDay))
        {
            errors.Add(nameof(model.PartOfDay), "Chọn buổi họp.");
        }

        var organisations = (await choices.OrganisationTreeAsync(ct)).ToDictionary(o => o.Id);
        var organisationId = EditorInput.Clean(model.OrganisationId);
        if (organisationId is null)
        {
            errors.Add(nameof(model.OrganisationId), "Chọn tổ chức chủ trì hội nghị.");
        }
        else if (!organisations.TryGetValue(organisationId, out var organisation))
        {
            errors.Add(nameof(model.OrganisationId), "Không tìm thấy tổ chức đã chọn.");
        }
        else if (date is { } day && !organisation.IsActiveOn(day))
        {
            errors.Add(nameof(model.OrganisationId), $"{organisation.Name} không hoạt động vào ngày {VietnameseFormat.ShortDate(day)}{Validity(organisation)}. Chọn tổ chức có vào ngày họp.");
        }

        var (periodStart, periodEnd) = EditorRows.PeriodDates(model.PeriodStart, model.PeriodEnd, nameof(model.PeriodStart), nameof(model.PeriodEnd), errors);

        var participants = await ParticipantsAsync(model, errors, ct);
        var indicators = Indicators(model, errors);

        var taskListId = EditorInput.Clean(model.TaskListId);
        if (taskListId is not null && !(await choices.ItemsAsync(CommitteeTypes.TaskList, ct)).ContainsKey(taskListId))
        {
            errors.Add(nameof(model.TaskListId), "Không tìm thấy chương trình, kế hoạch đã chọn.");
        }

        var documents = await choices.ItemsAsync(CommitteeTypes.Document, ct);
        var documentIds = (model.DocumentIds ?? []).Select(EditorInput.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (documentIds.FirstOrDefault(id => !documents.ContainsKey(id)) is not null)
        {
            errors.Add(nameof(model.DocumentIds), "Có văn bản đã chọn không còn tồn tại.");
        }

        if (errors.Any)
        {
            return;
        }

        part.Kind = kind;
        part.Number = number;
        part.Term = EditorInput.Clean(model.Term);
        part.Date = date!.Value;
        part.PartOfDay = partOfDay;
        part.Place = EditorInput.Clean(model.Place);
        part.OrganisationId = organisationId!;
        part.Summary = EditorInput.Clean(model.Summary);
        part.PeriodLabel = EditorInput.Clean(model.PeriodLabel);
        part.PeriodStart = periodStart;
        part.PeriodEnd = periodEnd;
        part.Participants = participants;
        part.Indicators = indicators;
        part.TaskListId = taskListId;
        part.DocumentIds = documentIds;
    }

    private async Task<List<Participant>> ParticipantsAsync(MeetingPartEditViewModel model, EditorErrors errors, CancellationToken ct)
    {
        var officials = await choices.ItemsAsync(CommitteeTypes.Official, ct);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Participant>();
        foreach (var (index, row) in EditorInput.Ordered(model.Participants, r => r.Order, (_, r) => !r.Remove && !r.IsBlank))
        {
            var key = $"{nameof(model.Participants)}[{index}]";
            if (!EditorInput.IsValidOrder(row.Order))
            {
                errors.Add($"{key}.{nameof(row.Order)}", EditorInput.OrderMessage);
            }

            var officialId = EditorInput.Clean(row.OfficialId);
            if (officialId is null)
            {
                errors.Add($"{key}.{nameof(row.OfficialId)}", "Chọn đồng chí tham dự (hoặc đánh dấu xóa dòng này).");
                continue;
            }

            if (!officials.TryGetValue(officialId, out var name))
            {
                errors.Add($"{key}.{nameof(row.OfficialId)}", "Không tìm thấy đồng chí đã chọn.");
                continue;
            }

            if (seen.TryGetValue(officialId, out var first))
            {
                errors.Add($"{key}.{nameof(row.OfficialId)}", $"Đồng chí {name} đã có ở dòng {first + 1}; mỗi người chỉ ghi một lần.");
                continue;
            }

            seen[officialId] = index;
            var role = EditorInput.Clean(row.Role) ?? "";
            if (!ParticipantRoles.Labels.ContainsKey(role))
            {
                errors.Add($"{key}.{nameof(row.Role)}", "Chọn vai trò tại hội nghị.");
            }

            result.Add(new Participant { OfficialId = officialId, Role = role, Note = EditorInput.Clean(row.Note) });
        }

        return result;
    }

    private static List<Indicator> Indicators(MeetingPartEditViewModel model, EditorErrors errors)
    {
        var result = new List<Indicator>();
        foreach (var (index, row) in EditorInput.Ordered(model.Indicators, r => r.Order, (_, r) => !r.Remove && !r.IsBlank))
        {
            var key = $"{nameof(model.Indicators)}[{index}]";
            if (IndicatorRow(row, key, errors) is { } indicator)
            {
                result.Add(indicator);
            }
        }

        return result;
    }

    /// <summary>One indicator row, with the value fields its kind needs; null (with messages) when invalid.</summary>
    private static Indicator? IndicatorRow(IndicatorRowInput row, string key, EditorErrors errors)
    {
        var valid = true;
        void Error(string property, string message)
        {
            errors.Add($"{key}.{property}", message);
            valid = false;
        }

        decimal? Number(string? text, string property, string label, bool required)
        {
            if (!EditorInput.TryNumber(text, out var value))
            {
                Error(property, $"{label}: {EditorInput.NumberMessage}");
                return null;
            }

            if (value is null && required)
            {
                Error(property, $"{label} là bắt buộc.");
            }
            else if (value < 0)
            {
                Error(property, $"{label} không được âm.");
            }

            return value;
        }

        if (!EditorInput.IsValidOrder(row.Order))
        {
            Error(nameof(row.Order), EditorInput.OrderMessage);
        }

        var label = EditorInput.Clean(row.Label);
        if (label is null)
        {
            Error(nameof(row.Label), "Tên chỉ tiêu là bắt buộc.");
        }

        var kind = EditorInput.Clean(row.Kind) ?? "";
        if (!IndicatorKinds.All.Contains(kind))
        {
            Error(nameof(row.Kind), "Chọn loại chỉ tiêu.");
            return null;
        }

        var indicator = new Indicator { Label = label ?? "", Kind = kind, Note = EditorInput.Clean(row.Note) };
        switch (kind)
        {
            case IndicatorKinds.PercentOfPlan:
                indicator.Value = Number(row.Value, nameof(row.Value), "Tỷ lệ đạt (% kế hoạch)", true) ?? 0;
                indicator.Target = Number(row.Target, nameof(row.Target), "Kế hoạch", false);
                break;
            case IndicatorKinds.Ratio:
                indicator.Value = Number(row.Value, nameof(row.Value), "Tử số", true) ?? 0;
                indicator.Denominator = Number(row.Denominator, nameof(row.Denominator), "Mẫu số", true);
                indicator.ReportedPercent = Number(row.ReportedPercent, nameof(row.ReportedPercent), "Tỷ lệ theo báo cáo", false);
                if (indicator.Denominator == 0)
                {
                    Error(nameof(row.Denominator), "Mẫu số phải lớn hơn 0.");
                }
                else if (indicator.Denominator is { } denominator && indicator.Value > denominator && !row.AllowAboveDenominator)
                {
                    Error(nameof(row.Value), $"Tử số ({VietnameseFormat.Number(indicator.Value)}) lớn hơn mẫu số ({VietnameseFormat.Number(denominator)}). Kiểm tra lại số liệu, hoặc đánh dấu “Cho phép tử số lớn hơn mẫu số” nếu báo cáo ghi đúng như vậy.");
                }

                break;
            case IndicatorKinds.Count:
                indicator.Value = Number(row.Value, nameof(row.Value), "Số lượng", true) ?? 0;
                indicator.Unit = EditorInput.Clean(row.Unit);
                if (indicator.Value != decimal.Truncate(indicator.Value))
                {
                    Error(nameof(row.Value), "Số lượng phải là số nguyên (1.380 là một nghìn ba trăm tám mươi).");
                }

                if (indicator.Unit is null)
                {
                    Error(nameof(row.Unit), "Đơn vị tính là bắt buộc với chỉ tiêu đếm số lượng (ví dụ: doanh nghiệp, hộ, người).");
                }

                break;
            case IndicatorKinds.Done:
                indicator.Value = row.Done ? 1 : 0;
                break;
        }

        return valid ? indicator : null;
    }

    private static string Validity(OrganisationChoice organisation)
        => OrganisationPages.Validity(organisation.ValidFrom, organisation.ValidTo) is { } validity ? $" (thời gian hoạt động: {validity})" : "";

    private static MeetingPartEditViewModel FromPart(MeetingPart part)
    {
        var model = new MeetingPartEditViewModel
        {
            Kind = part.Kind,
            Number = part.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Term = part.Term,
            Date = part.Date == default ? null : EditorInput.Date(part.Date),
            PartOfDay = part.PartOfDay,
            Place = part.Place,
            OrganisationId = part.OrganisationId,
            Summary = part.Summary,
            PeriodLabel = part.PeriodLabel,
            PeriodStart = EditorInput.Date(part.PeriodStart),
            PeriodEnd = EditorInput.Date(part.PeriodEnd),
            TaskListId = part.TaskListId,
            DocumentIds = [.. part.DocumentIds],
            Participants = part.Participants.Select(p => new ParticipantRowInput { OfficialId = p.OfficialId, Role = p.Role, Note = p.Note }).ToList(),
            Indicators = part.Indicators.Select(i => new IndicatorRowInput
            {
                Label = i.Label,
                Kind = i.Kind,
                Value = i.Kind == IndicatorKinds.Done ? null : EditorInput.Number(i.Value),
                Done = i.Kind == IndicatorKinds.Done && i.Value != 0,
                Denominator = EditorInput.Number(i.Denominator),
                ReportedPercent = EditorInput.Number(i.ReportedPercent),
                Target = EditorInput.Number(i.Target),
                Unit = i.Unit,
                Note = i.Note,
                AllowAboveDenominator = i.Denominator is { } d && i.Value > d,
            }).ToList(),
        };
        for (var i = 0; i < EditorRows.Extra; i++)
        {
            model.Participants.Add(new ParticipantRowInput());
            model.Indicators.Add(new IndicatorRowInput());
        }

        return model;
    }

    /// <summary>The pickers' options, row numbers, and each chosen official's titles on the meeting's date.</summary>
    private async Task FillAsync(MeetingPartEditViewModel model, CancellationToken ct)
    {
        EditorInput.TryDate(model.Date, out var date);
        model.Kinds = EditorChoices.Options(MeetingKinds.Labels);
        model.PartsOfDay = EditorChoices.Options(PartsOfDay.Labels);
        model.Roles = EditorChoices.Options(ParticipantRoles.Labels);
        model.IndicatorKinds = EditorChoices.Options(IndicatorKindLabels);
        model.Officials = await choices.ItemOptionsAsync(CommitteeTypes.Official, "— Chọn đồng chí —", ct);
        model.Organisations = await choices.OrganisationOptionsAsync(date, null, ct);
        model.TaskLists = await choices.ItemOptionsAsync(CommitteeTypes.TaskList, "— Không có —", ct);
        model.Documents = (await choices.ItemOptionsAsync(CommitteeTypes.Document, "", ct)).Skip(1).ToList();
        EditorRows.EnsureBlank(model.Participants);
        EditorRows.Number(model.Participants);
        EditorRows.EnsureBlank(model.Indicators);
        EditorRows.Number(model.Indicators);

        var ids = model.Participants.Select(p => EditorInput.Clean(p.OfficialId)).OfType<string>().ToList();
        if (date is { } day && ids.Count > 0)
        {
            var held = await titles.HeldOnAsync(ids, day, ct);
            foreach (var row in model.Participants.Where(p => EditorInput.Clean(p.OfficialId) is not null))
            {
                row.Titles = held.GetValueOrDefault(row.OfficialId!.Trim()) is { Count: > 0 } positions
                    ? OfficialTitles.Line(positions)
                    : NoTitle(day);
            }
        }
    }

    internal static string NoTitle(DateTime day) => $"Không có chức vụ nào vào ngày {VietnameseFormat.ShortDate(day)}";

    internal static readonly IReadOnlyDictionary<string, string> IndicatorKindLabels = new Dictionary<string, string>
    {
        [IndicatorKinds.PercentOfPlan] = "Tỷ lệ % kế hoạch",
        [IndicatorKinds.Ratio] = "Tỷ lệ (tử số/mẫu số)",
        [IndicatorKinds.Count] = "Số lượng (có đơn vị)",
        [IndicatorKinds.Done] = "Hoàn thành / chưa hoàn thành",
    };
}
