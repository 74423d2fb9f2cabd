using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Common;

/// <summary>
/// Loads the published items a page refers to, in one query per call, never one per reference.
/// Every id asked for is recorded as shown by the page (also ids not published yet: publishing
/// them must refresh a cached copy).
/// </summary>
public sealed class ContentLookup(IDocumentSession session, IStoreReadCache readCache, IPageCacheDependencies dependencies)
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

    /// <summary>
    /// Titles and public paths (null without a route) of published items, keyed by item id, in one
    /// query for the ids not read since the last commit of a content item (<see cref="IStoreReadCache"/>):
    /// the pages an article links to are the same on every read of it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (string Title, string? Path)>> TitlesAndPathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = Record(contentItemIds);
        var result = new Dictionary<string, (string Title, string? Path)>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        var cached = !session.InTransaction;
        var count = readCache.Count(StoreChangeKinds.ContentItems);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cached && readCache.TryGet<PublishedLink>(LinkKey(id), count, out var link))
            {
                if (link.Published)
                {
                    result[id] = (link.Title, link.Path);
                }
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var rows = await (
                from i in session.Query<ContentItemIndex>().Where(i => missing.Contains(i.ContentItemId) && i.Published)
                join r in session.Query<AutorouteIndex>().Where(r => r.Published) on i.ContentItemId equals r.ContentItemId into routes
                from r in routes.DefaultIfEmpty()
                select new { i.ContentItemId, i.DisplayText, Path = r == null ? null : r.Path })
            .ToListAsync(cancellationToken);
        var found = rows.GroupBy(r => r.ContentItemId).ToDictionary(
            g => g.Key,
            g => (Title: g.First().DisplayText, Path: g.First().Path is { } path ? "/" + path : (string?)null),
            StringComparer.Ordinal);
        foreach (var id in missing)
        {
            var published = found.TryGetValue(id, out var link);
            if (published)
            {
                result[id] = link;
            }

            if (cached)
            {
                // Unpublished and unknown ids are kept too: a page asks for them on every read until they are published.
                readCache.Set(LinkKey(id), count, published ? new PublishedLink(true, link.Title, link.Path) : NotPublished);
            }
        }

        return result;
    }

    /// <summary>Public paths of published items, keyed by item id (from <see cref="TitlesAndPathsAsync"/>).</summary>
    public async Task<IReadOnlyDictionary<string, string>> PathsAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var links = await TitlesAndPathsAsync(contentItemIds, cancellationToken);
        return links.Where(l => l.Value.Path is not null).ToDictionary(l => l.Key, l => l.Value.Path!, StringComparer.Ordinal);
    }

    private static string LinkKey(string contentItemId) => "published-link:" + contentItemId;

    private sealed record PublishedLink(bool Published, string Title, string? Path);

    private static readonly PublishedLink NotPublished = new(false, "", null);

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
