using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Common;

/// <summary>
/// Loads the published items a page refers to, in one query per call, never one per reference.
/// Every id asked for is recorded as shown by the page (also ids not published yet: publishing
/// them must refresh a cached copy).
/// </summary>
public sealed class ContentLookup(IDocumentSession session, IContentLinks links, IPageCacheDependencies dependencies)
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

    /// <summary>Titles and public paths (null without a route) of published items, keyed by item id (<see cref="IContentLinks"/>).</summary>
    public async Task<IReadOnlyDictionary<string, (string Title, string? Path)>> TitlesAndPathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
        => (await links.GetPublishedAsync(contentItemIds, cancellationToken)).ToDictionary(l => l.Key, l => (l.Value.Title, l.Value.Path), StringComparer.Ordinal);

    /// <summary>Public paths of published items, keyed by item id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
        => (await links.GetPublishedAsync(contentItemIds, cancellationToken)).Where(l => l.Value.Path is not null).ToDictionary(l => l.Key, l => l.Value.Path!, StringComparer.Ordinal);

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
