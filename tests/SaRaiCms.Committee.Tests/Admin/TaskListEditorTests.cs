using SaRaiCms.Committee.Tasks;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The task list editor: tasks added, ordered and removed.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class TaskListEditorTests(EditorSite site)
{
    private const string TaskList = "tl-2023-h2";
    private const string P = "TaskListPart";

    [Fact]
    public async Task Tasks_are_added_moved_and_removed()
    {
        var before = (await site.LoadAsync(TaskList)).As<TaskListPart>()!.Items;
        var added = before.Count;
        var run = await site.EditAsync(TaskList, form =>
        {
            form[$"{P}.Items[0].Remove"] = "true";
            form[$"{P}.Items[{added}].Text"] = "Chuẩn bị đại hội chi bộ khóm";
            form[$"{P}.Items[{added}].DueDate"] = "31/12/2023";
            form[$"{P}.Items[{added}].Status"] = TaskStatuses.InProgress;
            form[$"{P}.Items[{added}].Order"] = "0";
        });

        Assert.Empty(run.ErrorKeys);
        var items = run.Item.As<TaskListPart>()!.Items;
        Assert.Equal(added, items.Count);
        Assert.Equal(("Chuẩn bị đại hội chi bộ khóm", new DateTime(2023, 12, 31), TaskStatuses.InProgress), (items[0].Text, items[0].DueDate!.Value, items[0].Status));
        Assert.Equal(before.Skip(1).Select(t => t.Text), items.Skip(1).Select(t => t.Text));
    }

    [Fact]
    public async Task A_task_without_text_or_with_a_bad_due_date_is_refused()
    {
        var count = (await site.LoadAsync(TaskList)).As<TaskListPart>()!.Items.Count;
        var run = await site.EditAsync(TaskList, form =>
        {
            form[$"{P}.Items[{count}].Area"] = "Quốc phòng";
            form[$"{P}.Items[1].DueDate"] = "2023-13-01";
        });

        Assert.Equal(["Nội dung nhiệm vụ là bắt buộc (hoặc đánh dấu xóa dòng này)."], run.Errors($"{P}.Items[{count}].Text"));
        Assert.Equal(["Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 28/6/2023."], run.Errors($"{P}.Items[1].DueDate"));
        Assert.Equal(count, run.Item.As<TaskListPart>()!.Items.Count);
    }
}
