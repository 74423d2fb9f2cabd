using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Officials;

/// <summary>An official's page: photo, titles held today, and every position held, newest first.</summary>
public sealed partial class OfficialPartDisplayDriver(ContentLookup lookup, SiteToday today, EditorChoices choices, PostedEditors posted) : ContentPartDisplayDriver<OfficialPart>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(OfficialPart part, PartContext context)
    {
        var ct = context.Build.CancellationToken;
        var now = await today.GetAsync(ct);
        var organisations = await lookup.PublishedAsync(part.Positions.Select(p => p.OrganisationId), ct);
        var paths = await lookup.PathsAsync(organisations.Keys, ct);
        var current = part.Positions.Where(p => p.IsHeldOn(now)).OrderBy(p => p.Order).ToList();
        var model = new OfficialViewModel
        {
            Name = context.Build.ContentItem.DisplayText,
            PhotoUrl = part.PhotoPath is { Length: > 0 } photo ? "/media/" + photo.TrimStart('/') : null,
            PhotoAlt = part.PhotoAlt,
            Phone = part.Phone,
            Email = part.Email,
            CurrentTitles = string.Join(", ", current.Select(p => p.Title)),
            History = part.Positions
                .OrderByDescending(p => p.StartDate).ThenBy(p => p.Order)
                .Select(p => new PositionRowViewModel(
                    p.Title,
                    organisations.TryGetValue(p.OrganisationId, out var org)
                        ? new LinkViewModel(org.DisplayText, paths.GetValueOrDefault(p.OrganisationId))
                        : new LinkViewModel("", null),
                    $"{VietnameseFormat.ShortDate(p.StartDate)} – {(p.EndDate is { } end ? VietnameseFormat.ShortDate(end) : "nay")}",
                    p.Term,
                    p.IsHeldOn(now)))
                .ToList(),
        };
        return [Shape("OfficialPart", model, context)];
    }
}
