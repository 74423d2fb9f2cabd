using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Organisations;

/// <summary>
/// An organisation's page with its history: when it existed, what came before, and — for one
/// that was merged or abolished — what it became, so old links lead to the successor.
/// </summary>
public sealed partial class OrganisationPartDisplayDriver(
    ContentLookup lookup, OfficialTitles titles, IDocumentSession session, SiteToday today, EditorChoices choices, PostedEditors posted)
    : ContentPartDisplayDriver<OrganisationPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(OrganisationPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var item = context.Build.ContentItem;
        var now = await today.GetAsync(ct);
        var isDefunct = part.ValidTo is { } end && end.Date < now;
        var summary = context.Build.DisplayType == "Summary";

        var childIds = summary
            ? []
            : await session.Query<OrganisationIndex>().Where(o => o.ParentId == item.ContentItemId && o.Published).Select(o => o.ContentItemId).ToListAsync(ct);

        // People are shown as of today, or as of the last day for an organisation that no longer exists.
        var asOf = isDefunct ? part.ValidTo!.Value.Date : now;
        var holders = summary
            ? []
            : (await session.Query<PositionIndex>()
                .Where(p => p.OrganisationId == item.ContentItemId && p.Published && p.StartDate <= asOf && (p.EndDate == null || p.EndDate >= asOf))
                .OrderBy(p => p.Order).Select(p => p.ContentItemId).ToListAsync(ct)).Distinct().ToList();
        var referenced = await lookup.PublishedAsync(
            childIds.Concat(holders).Concat(part.PredecessorIds).Append(part.ParentId).Append(part.SuccessorId), ct);
        var paths = await lookup.PathsAsync(referenced.Keys, ct);
        LinkViewModel? Link(string? id) => id is not null && referenced.TryGetValue(id, out var target) ? new LinkViewModel(target.DisplayText, paths.GetValueOrDefault(id)) : null;
        var held = await titles.HeldOnAsync(holders, asOf, ct);

        var model = new OrganisationViewModel
        {
            Name = item.DisplayText,
            KindLabel = OrganisationKinds.Labels.GetValueOrDefault(part.Kind, part.Kind),
            Validity = Validity(part),
            IsDefunct = isDefunct,
            Successor = Link(part.SuccessorId),
            EndedOn = part.ValidTo is { } to ? VietnameseFormat.LongDate(to) : null,
            Parent = Link(part.ParentId),
            Predecessors = part.PredecessorIds.Select(Link).OfType<LinkViewModel>().ToList(),
            Children = childIds.Select(Link).OfType<LinkViewModel>().OrderBy(l => l.Text, StringComparer.Create(VietnameseFormat.Culture, false)).ToList(),
            People = holders.Where(referenced.ContainsKey)
                .Select(id => new ParticipantViewModel(Link(id)!, OfficialTitles.Line((held.GetValueOrDefault(id) ?? []).Where(h => h.OrganisationId == item.ContentItemId)), null))
                .ToList(),
            PeopleAsOf = VietnameseFormat.ShortDate(asOf),
            Address = part.Address,
            Phone = part.Phone,
            Email = part.Email,
        };
        return [Shape("OrganisationPart", model, context)];
    }

    private static string? Validity(OrganisationPart part) => (part.ValidFrom, part.ValidTo) switch
    {
        (null, null) => null,
        ({ } from, null) => $"Từ {VietnameseFormat.ShortDate(from)}",
        (null, { } to) => $"Đến {VietnameseFormat.ShortDate(to)}",
        ({ } from, { } to) => $"{VietnameseFormat.ShortDate(from)} – {VietnameseFormat.ShortDate(to)}",
    };
}
