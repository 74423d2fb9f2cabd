using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Tasks;

/// <summary>The task list's editor: the period, the body it belongs to, and the tasks in order.</summary>
public sealed partial class TaskListPartDisplayDriver
{
    protected override async Task<IEnumerable<ShapeResult>> EditAsync(TaskListPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var model = posted.Take<TaskListPartEditViewModel>(context) ?? FromPart(part);
        EditorInput.TryDate(model.PeriodStart, out var start);
        model.Statuses = EditorChoices.Options(TaskStatuses.Labels.Where(s => s.Key != TaskStatuses.Overdue).ToDictionary());
        model.Organisations = await choices.OrganisationOptionsAsync(start, null, ct);
        model.Meetings = await choices.ItemOptionsAsync(CommitteeTypes.Meeting, "— Không có —", ct);
        EditorRows.EnsureBlank(model.Items);
        EditorRows.Number(model.Items);
        return [Shape("TaskListPart_Edit", model, context)];
    }

    protected override async Task UpdateAsync(TaskListPart part, PartContext context, IUpdateModel updater)
    {
        var ct = context.Build.CancellationToken;
        var model = new TaskListPartEditViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        posted.Keep(context, model);
        var errors = new EditorErrors(updater, context.Prefix);

        var (start, end) = EditorRows.PeriodDates(model.PeriodStart, model.PeriodEnd, nameof(model.PeriodStart), nameof(model.PeriodEnd), errors);
        var organisationId = EditorInput.Clean(model.OrganisationId);
        if (organisationId is null)
        {
            errors.Add(nameof(model.OrganisationId), "Chọn tổ chức thực hiện.");
        }
        else if ((await choices.OrganisationTreeAsync(ct)).All(o => o.Id != organisationId))
        {
            errors.Add(nameof(model.OrganisationId), "Không tìm thấy tổ chức đã chọn.");
        }

        var meetingId = EditorInput.Clean(model.AdoptingMeetingId);
        if (meetingId is not null && !(await choices.ItemsAsync(CommitteeTypes.Meeting, ct)).ContainsKey(meetingId))
        {
            errors.Add(nameof(model.AdoptingMeetingId), "Không tìm thấy hội nghị đã chọn.");
        }

        var items = new List<TaskItem>();
        foreach (var (index, row) in EditorInput.Ordered(model.Items, r => r.Order, (_, r) => !r.Remove && !r.IsBlank))
        {
            var key = $"{nameof(model.Items)}[{index}]";
            if (!EditorInput.IsValidOrder(row.Order))
            {
                errors.Add($"{key}.{nameof(row.Order)}", EditorInput.OrderMessage);
            }

            var text = EditorInput.Clean(row.Text);
            if (text is null)
            {
                errors.Add($"{key}.{nameof(row.Text)}", "Nội dung nhiệm vụ là bắt buộc (hoặc đánh dấu xóa dòng này).");
            }

            if (!EditorInput.TryDate(row.DueDate, out var due))
            {
                errors.Add($"{key}.{nameof(row.DueDate)}", EditorInput.DateMessage);
            }

            var status = EditorInput.Clean(row.Status) ?? TaskStatuses.NotStarted;
            if (status is not (TaskStatuses.NotStarted or TaskStatuses.InProgress or TaskStatuses.Done))
            {
                errors.Add($"{key}.{nameof(row.Status)}", "Chọn tình trạng: chưa thực hiện, đang thực hiện hoặc hoàn thành.");
            }

            items.Add(new TaskItem
            {
                Text = text ?? "",
                Area = EditorInput.Clean(row.Area),
                ResponsibleBody = EditorInput.Clean(row.ResponsibleBody),
                DueDate = due,
                Status = status,
                ProgressNotes = EditorInput.Clean(row.ProgressNotes),
            });
        }

        if (errors.Any)
        {
            return;
        }

        part.PeriodLabel = EditorInput.Clean(model.PeriodLabel);
        part.PeriodStart = start;
        part.PeriodEnd = end;
        part.OrganisationId = organisationId!;
        part.AdoptingMeetingId = meetingId;
        part.Items = items;
    }

    private static TaskListPartEditViewModel FromPart(TaskListPart part)
    {
        var model = new TaskListPartEditViewModel
        {
            PeriodLabel = part.PeriodLabel,
            PeriodStart = EditorInput.Date(part.PeriodStart),
            PeriodEnd = EditorInput.Date(part.PeriodEnd),
            OrganisationId = part.OrganisationId,
            AdoptingMeetingId = part.AdoptingMeetingId,
            Items = part.Items.Select(t => new TaskItemRowInput
            {
                Text = t.Text,
                Area = t.Area,
                ResponsibleBody = t.ResponsibleBody,
                DueDate = EditorInput.Date(t.DueDate),
                Status = t.Status,
                ProgressNotes = t.ProgressNotes,
            }).ToList(),
        };
        for (var i = 0; i < EditorRows.Extra; i++)
        {
            model.Items.Add(new TaskItemRowInput());
        }

        return model;
    }
}
