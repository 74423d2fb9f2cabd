using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Services;

/// <summary>
/// Loads the published items a page refers to, in one query per call, never one per reference.
/// Every id asked for is recorded as shown by the page (also ids not published yet: publishing
/// them must refresh a cached copy).
/// </summary>
public sealed class ContentLookup(IDocumentSession session, IPageCacheDependencies dependencies)
{
    public async Task<IReadOnlyDictionary<string, ContentItem>> PublishedAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = Record(contentItemIds);
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

    /// <summary>Titles and public paths (null without a route) of published items, keyed by item id, in one query.</summary>
    public async Task<IReadOnlyDictionary<string, (string Title, string? Path)>> TitlesAndPathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = Record(contentItemIds);
        if (ids.Count == 0)
        {
            return new Dictionary<string, (string, string?)>();
        }

        var rows = await (
                from i in session.Query<ContentItemIndex>().Where(i => ids.Contains(i.ContentItemId) && i.Published)
                join r in session.Query<AutorouteIndex>().Where(r => r.Published) on i.ContentItemId equals r.ContentItemId into routes
                from r in routes.DefaultIfEmpty()
                select new { i.ContentItemId, i.DisplayText, Path = r == null ? null : r.Path })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(
            g => g.Key,
            g => (g.First().DisplayText, g.First().Path is { } path ? "/" + path : (string?)null));
    }

    /// <summary>Public paths of published items, keyed by item id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = Record(contentItemIds);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await session.Query<AutorouteIndex>().Where(r => ids.Contains(r.ContentItemId) && r.Published)
            .Select(r => new { r.ContentItemId, r.Path }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => "/" + g.First().Path);
    }

    private List<string> Record(IEnumerable<string?> contentItemIds)
    {
        var ids = contentItemIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        foreach (var id in ids)
        {
            dependencies.AddItem(id);
        }

        return ids;
    }
}
