using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Site;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.Officials;

/// <summary>
/// Who leads which organisation. The list is true on a reference date: today when anyone holds a
/// position today, else the latest day anyone held one (the Sa Rài committee ended on 30/6/2025,
/// so its site shows the leadership of that day, and says so). People are sorted the Vietnamese
/// way: by given name, then full name, with vi-VN collation (IVietnameseText.PersonNameComparer).
/// </summary>
public sealed class LeadershipPages(IDocumentSession session, ItemLinks links, SiteToday today, OrganisationPages organisations, IVietnameseText text, IPageCacheDependencies dependencies)
{
    public const string Path = "/lanh-dao";

    public async Task<LeadershipPageViewModel> PageAsync(CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Official);
        var day = ItemLinks.Day(await today.GetAsync(cancellationToken));
        var asOf = await ReferenceDateAsync(null, day, cancellationToken);
        var groups = asOf is { } date ? await GroupsAsync(date, null, cancellationToken) : [];
        var isToday = asOf == day;
        return new LeadershipPageViewModel
        {
            Meta = PageMeta.Section("Lãnh đạo", Path, "Lãnh đạo Đảng bộ và các tổ chức: họ tên, chức vụ."),
            AsOf = asOf,
            AsOfText = asOf is { } a ? VietnameseFormat.ShortDate(a) : null,
            IsToday = isToday,
            Groups = groups,
        };
    }

    /// <summary>
    /// The leaders of the site's own committee (the organisation named like the site, else the
    /// one with the most leaders), ranked by title (Bí thư, Phó Bí thư, Thường vụ, …), for the home page.
    /// </summary>
    public async Task<(LeadershipGroup? Group, DateTime? AsOf, bool IsToday)> MainCommitteeAsync(CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Official);
        var day = ItemLinks.Day(await today.GetAsync(cancellationToken));
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var tree = await organisations.TreeOrderAsync(cancellationToken);
        var main = tree.FirstOrDefault(o => text.AreEquivalent(o.Name.Trim(), settings.SiteName.Trim()));
        string? mainId = main?.Id;
        if (mainId is null)
        {
            mainId = await session.Query<PositionIndex>().Where(p => p.Published)
                .GroupBy(p => p.OrganisationId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync(cancellationToken);
        }

        if (mainId is null || await ReferenceDateAsync(mainId, day, cancellationToken) is not { } asOf)
        {
            return (null, null, false);
        }

        var group = (await GroupsAsync(asOf, mainId, cancellationToken)).FirstOrDefault();
        return (group is null ? null : group with { People = group.People.OrderBy(p => Rank(p.Titles)).ThenBy(p => p.Name, text.PersonNameComparer).ToList() }, asOf, asOf == day);
    }

    /// <summary>Today when someone holds a position today, else the latest day before today anyone held one.</summary>
    private async Task<DateTime?> ReferenceDateAsync(string? organisationId, DateTime day, CancellationToken cancellationToken)
    {
        var positions = session.Query<PositionIndex>().Where(p => p.Published);
        if (organisationId is not null)
        {
            positions = positions.Where(p => p.OrganisationId == organisationId);
        }

        if (await positions.AnyAsync(p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day), cancellationToken))
        {
            return day;
        }

        var last = await positions.Where(p => p.EndDate != null && p.EndDate < day).MaxAsync(p => p.EndDate, cancellationToken);
        return last is { } d ? ItemLinks.Day(d) : null;
    }

    private async Task<IReadOnlyList<LeadershipGroup>> GroupsAsync(DateTime day, string? organisationId, CancellationToken cancellationToken)
    {
        var query = session.Query<PositionIndex>().Where(p => p.Published && p.StartDate <= day && (p.EndDate == null || p.EndDate >= day));
        if (organisationId is not null)
        {
            query = query.Where(p => p.OrganisationId == organisationId);
        }

        var rows = await query.Select(p => new { p.ContentItemId, p.OrganisationId, p.Title, p.Order, p.StartDate }).ToListAsync(cancellationToken);
        var people = await links.GetAsync(rows.Select(r => r.ContentItemId), cancellationToken);
        var tree = await organisations.TreeOrderAsync(cancellationToken);
        var treeIndex = tree.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byId = tree.ToDictionary(o => o.Id);
        return rows
            .Where(r => people.ContainsKey(r.ContentItemId))
            .GroupBy(r => r.OrganisationId)
            .OrderBy(g => treeIndex.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g =>
            {
                var organisation = byId.GetValueOrDefault(g.Key);
                var leaders = g.GroupBy(r => r.ContentItemId)
                    .Select(person => new LeaderRow(
                        people[person.Key].Title,
                        people[person.Key].Url,
                        string.Join(", ", person.OrderBy(r => r.Order).ThenBy(r => r.StartDate).Select(r => r.Title))))
                    .OrderBy(p => p.Name, text.PersonNameComparer)
                    .ToList();
                return new LeadershipGroup(
                    new ItemLink(organisation?.Name ?? g.Key, organisation?.Url),
                    organisation is null ? null : OrganisationKinds.Labels.GetValueOrDefault(organisation.Kind),
                    leaders);
            })
            .ToList();
    }

    /// <summary>The order titles are listed in on a committee's page: secretary, deputies, standing committee, heads, members.</summary>
    public static int Rank(string titles)
    {
        var first = titles.Split(',')[0].Trim();
        if (first.StartsWith("Bí thư", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (first.StartsWith("Phó Bí thư", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (first.Contains("Thường vụ", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return first.StartsWith("Chủ nhiệm", StringComparison.OrdinalIgnoreCase) || first.StartsWith("Trưởng", StringComparison.OrdinalIgnoreCase) ? 3 : 4;
    }
}
