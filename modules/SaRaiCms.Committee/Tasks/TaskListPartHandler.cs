using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Tasks;

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
