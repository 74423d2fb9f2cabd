using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Services;

/// <summary>
/// Titles and public paths of published items (<see cref="IContentLinks"/>): one query joins the
/// item index and the route index for the ids not read since the last commit of a content item
/// (<see cref="IStoreReadCache"/>), since the pages an item links to are the same on every read.
/// </summary>
public sealed class ContentLinks(IDocumentSession session, IStoreReadCache readCache, IPageCacheDependencies dependencies) : IContentLinks
{
    private static readonly ContentLink NotPublished = new("", "", "", null);

    public async Task<IReadOnlyDictionary<string, ContentLink>> GetPublishedAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        var result = new Dictionary<string, ContentLink>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        // The page shows these items: a cached copy must go when one of them is published or changed.
        foreach (var id in ids)
        {
            dependencies.AddItem(id);
        }

        var cached = !session.InTransaction;
        var count = readCache.Count(StoreChangeKinds.ContentItems);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cached && readCache.TryGet<ContentLink>(Key(id), count, out var link))
            {
                if (link.ContentItemId.Length > 0)
                {
                    result[id] = link;
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
                select new { i.ContentItemId, i.DisplayText, i.ContentType, Path = r == null ? null : r.Path })
            .ToListAsync(cancellationToken);
        var found = rows.GroupBy(r => r.ContentItemId).ToDictionary(
            g => g.Key,
            g => new ContentLink(g.Key, g.First().DisplayText, g.First().ContentType, g.First().Path is { } path ? "/" + path : null),
            StringComparer.Ordinal);
        foreach (var id in missing)
        {
            var published = found.TryGetValue(id, out var link);
            if (published)
            {
                result[id] = link!;
            }

            if (cached)
            {
                // Unpublished and unknown ids are kept too: a page asks for them on every read until they are published.
                readCache.Set(Key(id), count, published ? link! : NotPublished);
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<PublishedRoute>> PublishedRoutesAsync(CancellationToken cancellationToken = default)
    {
        dependencies.AddList(IPageCacheDependencies.AnyType);
        return await (
                from route in session.Query<AutorouteIndex>()
                join item in session.Query<ContentItemIndex>() on route.ContentItemId equals item.ContentItemId
                where route.Published && item.Published
                orderby route.Path
                select new PublishedRoute("/" + route.Path, item.ModifiedUtc, item.PublishedUtc))
            .ToListAsync(cancellationToken);
    }

    private static string Key(string contentItemId) => "published-link:" + contentItemId;
}
