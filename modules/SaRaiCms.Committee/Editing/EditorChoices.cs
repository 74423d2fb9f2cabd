using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.Editing;

/// <summary>An organisation as an editor's picker shows it: its place in the tree and its validity.</summary>
public sealed record OrganisationChoice(string Id, string Name, int Depth, string? ParentId, DateTime? ValidFrom, DateTime? ValidTo)
{
    public bool IsActiveOn(DateTime date) => (ValidFrom is null || ValidFrom.Value.Date <= date.Date) && (ValidTo is null || ValidTo.Value.Date >= date.Date);
}

/// <summary>
/// The options of the editors' pickers, from the index tables (one query each): organisations in
/// tree order with indented names, and items of a type by name. Editors pick among the latest
/// versions, so a draft organisation or official can be referred to before it is published.
/// </summary>
public sealed class EditorChoices(IDocumentSession session, IVietnameseText text)
{
    private const int MaxDepth = 16;
    private IReadOnlyList<OrganisationChoice>? _organisations;

    /// <summary>Every organisation (latest version), depth first: parents before children.</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> OrganisationTreeAsync(CancellationToken cancellationToken)
    {
        if (_organisations is not null)
        {
            return _organisations;
        }

        var rows = (await session.Query<OrganisationIndex>().Where(o => o.Latest)
                .Select(o => new { o.ContentItemId, o.ParentId, o.ValidFrom, o.ValidTo })
                .ToListAsync(cancellationToken))
            .GroupBy(o => o.ContentItemId).Select(g => g.First()).ToList();
        var names = await NamesAsync(rows.Select(r => r.ContentItemId).ToList(), cancellationToken);
        var ids = rows.Select(r => r.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var children = rows.ToLookup(r => r.ParentId is { } p && ids.Contains(p) && p != r.ContentItemId ? p : null);
        var result = new List<OrganisationChoice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Walk(string? parentId, int depth)
        {
            foreach (var row in children[parentId].OrderBy(r => r.ValidFrom ?? DateTime.MinValue).ThenBy(r => names.GetValueOrDefault(r.ContentItemId), text.Collation))
            {
                // A stored cycle (made before editors refused them) must not hang the picker.
                if (!seen.Add(row.ContentItemId) || depth > MaxDepth)
                {
                    continue;
                }

                result.Add(new OrganisationChoice(row.ContentItemId, names.GetValueOrDefault(row.ContentItemId) ?? row.ContentItemId, depth, row.ParentId, row.ValidFrom, row.ValidTo));
                Walk(row.ContentItemId, depth + 1);
            }
        }

        Walk(null, 0);
        _organisations = result;
        return result;
    }

    /// <summary>
    /// Indented options; with <paramref name="on"/>, organisations that did not exist that day are
    /// marked so an editor sees why the save is refused. <paramref name="excludeId"/> is left out (an organisation is not its own parent).
    /// </summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganisationOptionsAsync(DateTime? on, string? excludeId, CancellationToken cancellationToken)
    {
        var options = new List<SelectListItem> { new("— Chọn tổ chức —", "") };
        foreach (var organisation in await OrganisationTreeAsync(cancellationToken))
        {
            if (organisation.Id == excludeId)
            {
                continue;
            }

            var label = new string('\u00A0', organisation.Depth * 3) + (organisation.Depth > 0 ? "└ " : "") + organisation.Name;
            if (on is { } day && !organisation.IsActiveOn(day))
            {
                label += $" (không hoạt động ngày {VietnameseFormat.ShortDate(day)})";
            }

            options.Add(new SelectListItem(label, organisation.Id));
        }

        return options;
    }

    /// <summary>Latest items of a content type by name: id to display text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ItemsAsync(string contentType, CancellationToken cancellationToken)
    {
        var rows = await session.Query<ContentItemIndex>().Where(i => i.ContentType == contentType && i.Latest)
            .Select(i => new { i.ContentItemId, i.DisplayText })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).Select(g => g.First())
            .OrderBy(r => r.DisplayText, text.Collation)
            .ToDictionary(r => r.ContentItemId, r => r.DisplayText);
    }

    public async Task<IReadOnlyList<SelectListItem>> ItemOptionsAsync(string contentType, string emptyText, CancellationToken cancellationToken)
        => (await ItemsAsync(contentType, cancellationToken)).Select(p => new SelectListItem(p.Value, p.Key)).Prepend(new SelectListItem(emptyText, "")).ToList();

    public static IReadOnlyList<SelectListItem> Options(IReadOnlyDictionary<string, string> labels)
        => labels.Select(p => new SelectListItem(p.Value.Length > 0 ? p.Value : "Cả ngày", p.Key)).ToList();

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = await session.Query<ContentItemIndex>().Where(i => ids.Contains(i.ContentItemId) && i.Latest)
            .Select(i => new { i.ContentItemId, i.DisplayText })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => g.First().DisplayText, StringComparer.Ordinal);
    }
}
