using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.ViewModels.Pages;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Services.Pages;

/// <summary>Titles and public paths of published items, two queries for any number of ids, without loading documents.</summary>
public sealed class ItemLinks(IDocumentSession session, ContentLookup lookup)
{
    public async Task<IReadOnlyDictionary<string, ItemLink>> GetAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken)
    {
        var ids = contentItemIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ItemLink>();
        }

        var titles = await session.Query<ContentItemIndex>()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published)
            .Select(i => new { i.ContentItemId, i.DisplayText })
            .ToListAsync(cancellationToken);
        var pathById = await lookup.PathsAsync(ids, cancellationToken);
        return titles.GroupBy(t => t.ContentItemId).ToDictionary(
            g => g.Key,
            g => new ItemLink(g.First().DisplayText, pathById.GetValueOrDefault(g.Key)));
    }

    public async Task<ItemLink?> GetAsync(string? contentItemId, CancellationToken cancellationToken)
        => contentItemId is { Length: > 0 } ? (await GetAsync([contentItemId], cancellationToken)).GetValueOrDefault(contentItemId) : null;

    /// <summary>A date as the store keeps calendar days (midnight, UTC kind), for comparisons in queries.</summary>
    public static DateTime Day(DateTime date) => DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
}
