using Microsoft.EntityFrameworkCore;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Officials;

/// <summary>A title held on a date, with the organisation it was held in.</summary>
public sealed record HeldPosition(string OfficialId, string Title, string OrganisationId, DateTime StartDate, DateTime? EndDate, int Order, string? Term);

/// <summary>
/// Answers "which positions did this official hold on date D" from the position index, so a
/// page about a 2023 meeting shows the titles of 2023, not today's.
/// </summary>
public sealed class OfficialTitles(IDocumentSession session)
{
    public async Task<IReadOnlyList<HeldPosition>> HeldOnAsync(string officialId, DateTime date, CancellationToken cancellationToken = default)
        => (await HeldOnAsync([officialId], date, cancellationToken)).GetValueOrDefault(officialId) ?? [];

    /// <summary>For several officials at once (one query), keyed by official id.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<HeldPosition>>> HeldOnAsync(IReadOnlyCollection<string> officialIds, DateTime date, CancellationToken cancellationToken = default)
    {
        var day = date.Date;
        var ids = officialIds.Distinct().ToList();
        var rows = await session.Query<PositionIndex>()
            .Where(p => ids.Contains(p.ContentItemId) && p.Published && p.StartDate <= day && (p.EndDate == null || p.EndDate >= day))
            .OrderBy(p => p.Order).ThenBy(p => p.StartDate)
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.ContentItemId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<HeldPosition>)g.Select(r => new HeldPosition(r.ContentItemId, r.Title, r.OrganisationId, r.StartDate, r.EndDate, r.Order, r.Term)).ToList());
    }

    /// <summary>The titles as one line, the way a report writes them: "Huyện ủy viên, Bí thư Đảng ủy thị trấn".</summary>
    public static string Line(IEnumerable<HeldPosition> positions) => string.Join(", ", positions.Select(p => p.Title));
}
