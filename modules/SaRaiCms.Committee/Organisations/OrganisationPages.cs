using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Site;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.Organisations;

/// <summary>A published organisation as the tree needs it (from the organisation index, without loading documents).</summary>
public sealed record OrganisationRow(string Id, string Name, string? Url, string? ParentId, string Kind, DateTime? ValidFrom, DateTime? ValidTo, string? SuccessorId);

/// <summary>The organisation tree (from OrganisationIndex.ParentId), with validity and successors.</summary>
public sealed class OrganisationPages(IDocumentSession session, ItemLinks links, SiteToday today, IVietnameseText text, IPageCacheDependencies dependencies)
{
    public const string TreePath = "/to-chuc";

    /// <summary>Every published organisation, depth first: parents before children, siblings oldest first then by name.</summary>
    public async Task<IReadOnlyList<OrganisationRow>> TreeOrderAsync(CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Organisation);
        var rows = await LoadAsync(cancellationToken);
        var result = new List<OrganisationRow>();
        foreach (var root in Children(rows, null))
        {
            Walk(rows, root, result, 0);
        }

        return result;
    }

    public async Task<OrganisationTreePageViewModel> TreeAsync(CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Organisation);
        var rows = await LoadAsync(cancellationToken);
        var day = await today.GetAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);

        OrganisationNode Node(OrganisationRow row, int depth) => new()
        {
            Name = row.Name,
            Url = row.Url,
            KindLabel = OrganisationKinds.Labels.GetValueOrDefault(row.Kind) ?? row.Kind,
            Validity = Validity(row.ValidFrom, row.ValidTo),
            Defunct = row.ValidTo is { } end && end.Date < day.Date,
            Successor = row.SuccessorId is { } s && byId.TryGetValue(s, out var successor) ? new ItemLink(successor.Name, successor.Url) : null,
            Children = depth > 16 ? [] : Children(rows, row).Select(c => Node(c, depth + 1)).ToList(),
        };

        return new OrganisationTreePageViewModel
        {
            Meta = PageMeta.Section("Tổ chức", TreePath, "Sơ đồ tổ chức: cấp ủy, chi bộ, ban và đoàn thể, với thời gian hoạt động và đơn vị kế tục."),
            Roots = Children(rows, null).Select(r => Node(r, 0)).ToList(),
        };
    }

    /// <summary>"Từ 1/7/2025", "Đến 30/6/2025", "1/7/2020 – 30/6/2025", or null when neither date is known.</summary>
    public static string? Validity(DateTime? from, DateTime? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{VietnameseFormat.ShortDate(f)} – {VietnameseFormat.ShortDate(t)}",
        ({ } f, null) => $"Từ {VietnameseFormat.ShortDate(f)}",
        (null, { } t) => $"Đến {VietnameseFormat.ShortDate(t)}",
        _ => null,
    };

    private async Task<IReadOnlyList<OrganisationRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var index = await session.Query<OrganisationIndex>().Where(o => o.Published)
            .Select(o => new { o.ContentItemId, o.ParentId, o.Kind, o.ValidFrom, o.ValidTo, o.SuccessorId })
            .ToListAsync(cancellationToken);
        var named = await links.GetAsync(index.Select(o => o.ContentItemId), cancellationToken);
        return index
            .GroupBy(o => o.ContentItemId)
            .Select(g => g.First())
            .Select(o => new OrganisationRow(o.ContentItemId, named.GetValueOrDefault(o.ContentItemId)?.Title ?? o.ContentItemId,
                named.GetValueOrDefault(o.ContentItemId)?.Url, o.ParentId, o.Kind, o.ValidFrom, o.ValidTo, o.SuccessorId))
            .ToList();
    }

    private IEnumerable<OrganisationRow> Children(IReadOnlyList<OrganisationRow> rows, OrganisationRow? parent)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        return rows
            .Where(r => parent is null ? r.ParentId is null || !ids.Contains(r.ParentId) || r.ParentId == r.Id : r.ParentId == parent.Id && r.Id != parent.Id)
            .OrderBy(r => r.ValidFrom ?? DateTime.MinValue)
            .ThenBy(r => r.Name, text.Collation);
    }

    private void Walk(IReadOnlyList<OrganisationRow> rows, OrganisationRow row, List<OrganisationRow> result, int depth)
    {
        result.Add(row);
        if (depth > 16)
        {
            return;
        }

        foreach (var child in Children(rows, row))
        {
            Walk(rows, child, result, depth + 1);
        }
    }
}
