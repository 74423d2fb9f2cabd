using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Meetings;

/// <summary>
/// A meeting's page: who took part in which role with the titles they held ON THE MEETING'S
/// DATE, the indicators, the adopted task list, documents and the news about it.
/// </summary>
public sealed partial class MeetingPartDisplayDriver(
    ContentLookup lookup, OfficialTitles titles, IDocumentSession session, SiteToday today, EditorChoices choices, PostedEditors posted)
    : ContentPartDisplayDriver<MeetingPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(MeetingPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var item = context.Build.ContentItem;
        var summary = context.Build.DisplayType == "Summary";
        var officialIds = part.Participants.Select(p => p.OfficialId).ToList();

        var referenced = await lookup.PublishedAsync(officialIds.Append(part.OrganisationId).Append(part.TaskListId).Concat(part.DocumentIds), ct);
        var newsIds = summary
            ? []
            : (await session.Query<NewsIndex>().Where(n => n.MeetingId == item.ContentItemId && n.Published)
                .OrderByDescending(n => n.Date).Select(n => n.ContentItemId).Take(50).ToListAsync(ct)).Distinct().Take(20).ToList();
        var news = await lookup.PublishedAsync(newsIds, ct);
        var paths = await lookup.PathsAsync(referenced.Keys.Concat(newsIds), ct);
        LinkViewModel? Link(string? id) => id is not null && referenced.TryGetValue(id, out var target) ? new LinkViewModel(target.DisplayText, paths.GetValueOrDefault(id)) : null;

        var held = summary ? new Dictionary<string, IReadOnlyList<HeldPosition>>() : await titles.HeldOnAsync(officialIds, part.Date, ct);
        var groups = ParticipantRoles.Labels
            .Select(role => new ParticipantGroupViewModel(role.Value, part.Participants
                .Where(p => p.Role == role.Key && referenced.ContainsKey(p.OfficialId))
                .Select(p => new ParticipantViewModel(Link(p.OfficialId)!, OfficialTitles.Line(held.GetValueOrDefault(p.OfficialId) ?? []), p.Note))
                .ToList()))
            .Where(g => g.People.Count > 0)
            .ToList();

        TaskListViewModel? taskList = null;
        if (!summary && part.TaskListId is not null && referenced.TryGetValue(part.TaskListId, out var taskItem) && taskItem.As<TaskListPart>() is { } tasks)
        {
            taskList = TaskListPartDisplayDriver.Build(taskItem.DisplayText, paths.GetValueOrDefault(part.TaskListId), tasks, await today.GetAsync(ct), null, null);
        }

        var model = new MeetingViewModel
        {
            Title = item.DisplayText,
            KindLine = KindLine(part),
            DateLine = VietnameseFormat.DateWithPartOfDay(part.Date, part.PartOfDay),
            ShortDate = VietnameseFormat.ShortDate(part.Date),
            Place = part.Place,
            Organisation = Link(part.OrganisationId),
            Summary = part.Summary,
            PeriodLabel = part.PeriodLabel,
            Participants = groups,
            Indicators = part.Indicators.Select(i => new IndicatorRowViewModel(
                i.Label, VietnameseFormat.IndicatorValue(i), i.Percent, i.Percent is { } p ? VietnameseFormat.Percent(p) : null, IndicatorNote(i))).ToList(),
            TaskList = taskList,
            Documents = part.DocumentIds.Select(Link).OfType<LinkViewModel>().ToList(),
            News = newsIds.Where(news.ContainsKey).Select(id => new LinkViewModel(news[id].DisplayText, paths.GetValueOrDefault(id))).ToList(),
        };
        return [Shape("MeetingPart", model, context)];
    }

    private static string? IndicatorNote(Indicator indicator)
    {
        if (!indicator.ReportedDiffersFromDerived)
        {
            return indicator.Note;
        }

        var derived = $"Tỷ lệ ghi theo báo cáo; theo số liệu {VietnameseFormat.Number(indicator.Value)}/{VietnameseFormat.Number(indicator.Denominator!.Value)} là {VietnameseFormat.Percent(indicator.DerivedPercent!.Value)}.";
        return indicator.Note is { Length: > 0 } note ? $"{note}. {derived}" : derived;
    }

    private static string KindLine(MeetingPart part)
    {
        var label = MeetingKinds.Labels.GetValueOrDefault(part.Kind, "Hội nghị");
        if (part.Number is { } number)
        {
            label += $" lần thứ {number}";
        }

        if (part.Term is { Length: > 0 } term)
        {
            label += $", {term}";
        }

        return label;
    }
}
