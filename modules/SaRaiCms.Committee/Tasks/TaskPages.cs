using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Site;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Tasks;

/// <summary>
/// All tasks of published task lists, filtered by status as of today in the site's time zone:
/// a task that is not done and is past its due date is overdue (TaskItem.StatusOn), whatever
/// status is stored. The filter runs in the database on TaskIndex (stored status and due date).
/// </summary>
public sealed class TaskPages(IDocumentSession session, ContentLookup lookup, ItemLinks links, SiteToday siteToday, IPageCacheDependencies dependencies)
{
    public const string Path = "/nhiem-vu";

    /// <summary>The statuses one can filter on, in the order the filter shows them.</summary>
    public static readonly IReadOnlyList<string> Filterable = [TaskStatuses.NotStarted, TaskStatuses.InProgress, TaskStatuses.Overdue, TaskStatuses.Done];

    /// <summary>The page, or null when <paramref name="requested"/> (?trang-thai) is given but is not a known status.</summary>
    public async Task<TaskPageViewModel?> PageAsync(string? requested, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.TaskList);
        var status = string.IsNullOrWhiteSpace(requested) ? null : Filterable.FirstOrDefault(s => string.Equals(s, requested.Trim(), StringComparison.OrdinalIgnoreCase));
        if (status is null && !string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var today = await siteToday.GetAsync(cancellationToken);
        var day = ItemLinks.Day(today);
        var filters = await FiltersAsync(status, day, cancellationToken);
        var rows = await Filter(session.Query<TaskIndex>().Where(t => t.Published), status, day)
            .Select(t => new { t.ContentItemId, t.Position })
            .ToListAsync(cancellationToken);
        var lists = await lookup.PublishedAsync(rows.Select(r => r.ContentItemId), cancellationToken);
        var parts = lists.Values.ToDictionary(l => l.ContentItemId, l => l.As<TaskListPart>() ?? new TaskListPart());
        var related = await links.GetAsync(lists.Keys.Concat(parts.Values.Select(p => p.OrganisationId)), cancellationToken);
        var groups = rows
            .Where(r => parts.ContainsKey(r.ContentItemId) && r.Position < parts[r.ContentItemId].Items.Count)
            .GroupBy(r => r.ContentItemId)
            .OrderByDescending(g => parts[g.Key].PeriodStart ?? DateTime.MinValue)
            .ThenBy(g => lists[g.Key].DisplayText, StringComparer.Ordinal)
            .Select(g =>
            {
                var part = parts[g.Key];
                var tasks = g.OrderBy(r => r.Position).Select(r => Row(r.Position, part.Items[r.Position], today)).ToList();
                return new TaskGroup(
                    related.GetValueOrDefault(g.Key) ?? new ItemLink(lists[g.Key].DisplayText, null),
                    part.PeriodLabel,
                    related.GetValueOrDefault(part.OrganisationId),
                    tasks);
            })
            .ToList();

        var title = status is null ? "Nhiệm vụ" : $"Nhiệm vụ {TaskStatuses.Labels[status].ToLowerInvariant()}";
        return new TaskPageViewModel
        {
            Meta = new PageMeta
            {
                Title = title,
                Description = "Các nhiệm vụ trọng tâm của Đảng bộ và tình hình thực hiện.",
                CanonicalPath = status is null ? Path : $"{Path}?trang-thai={status}",
                Breadcrumbs = status is null
                    ? [PageMeta.Home, new Breadcrumb("Nhiệm vụ")]
                    : [PageMeta.Home, new Breadcrumb("Nhiệm vụ", Path), new Breadcrumb(TaskStatuses.Labels[status])],
            },
            Status = status,
            Filters = filters,
            Groups = groups,
            Count = groups.Sum(g => g.Tasks.Count),
            Today = VietnameseFormat.ShortDate(today),
        };
    }

    /// <summary>The filter links with how many tasks have each status today (one grouped query).</summary>
    public async Task<IReadOnlyList<StatusFilter>> FiltersAsync(string? current, DateTime day, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.TaskList);
        var counts = await session.Query<TaskIndex>().Where(t => t.Published)
            .GroupBy(t => new { t.Status, Late = t.DueDate != null && t.DueDate < day })
            .Select(g => new { g.Key.Status, g.Key.Late, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(string status) => status switch
        {
            TaskStatuses.Overdue => counts.Where(c => c.Status != TaskStatuses.Done && c.Late).Sum(c => c.Count),
            TaskStatuses.Done => counts.Where(c => c.Status == TaskStatuses.Done).Sum(c => c.Count),
            _ => counts.Where(c => c.Status == status && !c.Late).Sum(c => c.Count),
        };

        return
        [
            new StatusFilter(null, "Tất cả", Path, counts.Sum(c => c.Count), current is null),
            .. Filterable.Select(s => new StatusFilter(s, TaskStatuses.Labels[s], $"{Path}?trang-thai={s}", Count(s), current == s)),
        ];
    }

    private static IQueryable<TaskIndex> Filter(IQueryable<TaskIndex> query, string? status, DateTime day) => status switch
    {
        null => query,
        TaskStatuses.Overdue => query.Where(t => t.Status != TaskStatuses.Done && t.DueDate != null && t.DueDate < day),
        TaskStatuses.Done => query.Where(t => t.Status == TaskStatuses.Done),
        _ => query.Where(t => t.Status == status && (t.DueDate == null || t.DueDate >= day)),
    };

    private static TaskPageRow Row(int position, TaskItem task, DateTime today)
    {
        var status = task.StatusOn(today);
        return new TaskPageRow(
            position + 1,
            task.Text,
            task.Area,
            task.ResponsibleBody,
            task.DueDate is { } due ? VietnameseFormat.ShortDate(due) : null,
            task.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            status,
            TaskStatuses.Labels.GetValueOrDefault(status) ?? status,
            task.ProgressNotes);
    }
}
