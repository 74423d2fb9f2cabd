using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Services;

/// <summary>Loads the published items a page refers to, in one query per call, never one per reference.</summary>
public sealed class ContentLookup(IDocumentSession session)
{
    public async Task<IReadOnlyDictionary<string, ContentItem>> PublishedAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ContentItem>();
        }

        var items = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => ids.Contains(i.ContentItemId) && i.Published), cancellationToken);
        return items.ToDictionary(i => i.ContentItemId);
    }

    public async Task<ContentItem?> PublishedAsync(string? contentItemId, CancellationToken cancellationToken = default)
        => contentItemId is { Length: > 0 }
            ? (await PublishedAsync([contentItemId], cancellationToken)).GetValueOrDefault(contentItemId)
            : null;

    /// <summary>Public paths of published items, keyed by item id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await session.Query<AutorouteIndex>().Where(r => ids.Contains(r.ContentItemId) && r.Published)
            .Select(r => new { r.ContentItemId, r.Path }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => "/" + g.First().Path);
    }
}
