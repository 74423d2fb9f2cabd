using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Common;

/// <summary>Titles and public paths of published items, one query for any number of ids, without loading documents.</summary>
public sealed class ItemLinks(ContentLookup lookup)
{
    public async Task<IReadOnlyDictionary<string, ItemLink>> GetAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken)
    {
        var ids = contentItemIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ItemLink>();
        }

        var rows = await lookup.TitlesAndPathsAsync(ids, cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new ItemLink(r.Value.Title, r.Value.Path));
    }

    public async Task<ItemLink?> GetAsync(string? contentItemId, CancellationToken cancellationToken)
        => contentItemId is { Length: > 0 } ? (await GetAsync([contentItemId], cancellationToken)).GetValueOrDefault(contentItemId) : null;

    /// <summary>A date as the store keeps calendar days (midnight, UTC kind), for comparisons in queries.</summary>
    public static DateTime Day(DateTime date) => DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
}
