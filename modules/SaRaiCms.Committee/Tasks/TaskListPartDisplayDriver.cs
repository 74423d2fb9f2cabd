using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Tasks;

public sealed partial class TaskListPartDisplayDriver(ContentLookup lookup, SiteToday today, EditorChoices choices, PostedEditors posted) : ContentPartDisplayDriver<TaskListPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(TaskListPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var referenced = await lookup.PublishedAsync([part.OrganisationId, part.AdoptingMeetingId], ct);
        var paths = await lookup.PathsAsync(referenced.Keys, ct);
        LinkViewModel? Link(string? id) => id is not null && referenced.TryGetValue(id, out var target) ? new LinkViewModel(target.DisplayText, paths.GetValueOrDefault(id)) : null;
        var model = Build(context.Build.ContentItem.DisplayText, null, part, await today.GetAsync(ct), Link(part.OrganisationId), Link(part.AdoptingMeetingId));
        return [Shape("TaskListPart", model, context)];
    }

    /// <summary>The task table, with overdue derived from each due date and <paramref name="today"/>.</summary>
    public static TaskListViewModel Build(string title, string? url, TaskListPart part, DateTime today, LinkViewModel? organisation, LinkViewModel? meeting)
        => new()
        {
            Title = title,
            Url = url,
            PeriodLabel = part.PeriodLabel,
            Organisation = organisation,
            AdoptingMeeting = meeting,
            Items = part.Items.Select((t, i) =>
            {
                var status = t.StatusOn(today);
                return new TaskRowViewModel(i + 1, t.Text, t.Area, t.ResponsibleBody, t.DueDate is { } due ? VietnameseFormat.ShortDate(due) : null,
                    status, TaskStatuses.Labels[status], t.ProgressNotes);
            }).ToList(),
        };
}
