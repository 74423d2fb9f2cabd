using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Site;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Meetings;

/// <summary>The meetings list, newest first, paged in the database.</summary>
public sealed class MeetingPages(IDocumentSession session, ContentLookup lookup, ItemLinks links, IPageCacheDependencies dependencies)
{
    public const string ListPath = "/hoi-nghi";

    public async Task<MeetingListPageViewModel> ListAsync(int page, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Meeting);
        var pageSize = Math.Clamp((await session.GetSingletonAsync<SiteSettings>(cancellationToken))?.PageSize ?? 10, 1, 100);
        var query = session.Query<MeetingIndex>().Where(m => m.Published);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var ids = await query.OrderByDescending(m => m.Date).ThenBy(m => m.ContentItemId)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(m => m.ContentItemId).ToListAsync(cancellationToken);
        return new MeetingListPageViewModel
        {
            Meta = new PageMeta
            {
                Title = "Hội nghị",
                Description = "Các hội nghị, cuộc họp của Đảng bộ và các chi bộ: thời gian, thành phần, kết quả.",
                CanonicalPath = page > 1 ? $"{ListPath}?page={page}" : ListPath,
                Breadcrumbs = [PageMeta.Home, new Breadcrumb("Hội nghị")],
            },
            Items = await CardsAsync(ids, cancellationToken),
            Pager = new Pager { Page = page, PageCount = pageCount, Total = total, UrlPrefix = $"{ListPath}?page=" },
        };
    }

    /// <summary>The latest <paramref name="take"/> meetings, for the home page.</summary>
    public async Task<IReadOnlyList<MeetingCard>> RecentAsync(int take, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Meeting);
        var ids = await session.Query<MeetingIndex>().Where(m => m.Published)
            .OrderByDescending(m => m.Date).ThenBy(m => m.ContentItemId).Take(take).Select(m => m.ContentItemId).ToListAsync(cancellationToken);
        return await CardsAsync(ids, cancellationToken);
    }

    private async Task<IReadOnlyList<MeetingCard>> CardsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var items = await lookup.PublishedAsync(ids, cancellationToken);
        var ordered = ids.Where(items.ContainsKey).Select(id => items[id]).ToList();
        var parts = ordered.ToDictionary(i => i.ContentItemId, i => i.As<MeetingPart>() ?? new MeetingPart());
        var related = await links.GetAsync(ordered.Select(i => i.ContentItemId).Concat(parts.Values.Select(p => p.OrganisationId)), cancellationToken);
        return ordered.Select(item =>
        {
            var part = parts[item.ContentItemId];
            return new MeetingCard(
                item.DisplayText,
                related.GetValueOrDefault(item.ContentItemId)?.Url ?? "#",
                VietnameseFormat.DateWithPartOfDay(part.Date, part.PartOfDay),
                part.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                KindLabel(part),
                related.GetValueOrDefault(part.OrganisationId),
                part.Summary);
        }).ToList();
    }

    /// <summary>"Hội nghị Ban Chấp hành lần thứ 5", "Đại hội lần thứ VII, nhiệm kỳ 2023–2028", "Sinh hoạt chi bộ".</summary>
    public static string KindLabel(MeetingPart part)
    {
        var label = MeetingKinds.Labels.GetValueOrDefault(part.Kind) ?? part.Kind;
        if (part.Number is { } number)
        {
            label += $" lần thứ {number}";
        }

        return part.Term is { Length: > 0 } term ? $"{label}, {term}" : label;
    }
}
