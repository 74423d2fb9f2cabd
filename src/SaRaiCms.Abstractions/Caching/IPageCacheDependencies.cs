namespace SaRaiCms.Caching;

/// <summary>
/// What the page being rendered shows (scoped, one per request): the content items it displays
/// and the content types it lists. An output cache tags the stored page with them, so that
/// publishing, unpublishing or removing an item evicts exactly the pages that show it.
/// Page services, the display manager and lookups record here; recording is cheap and harmless
/// when nothing caches.
/// </summary>
public interface IPageCacheDependencies
{
    /// <summary>The page shows this item (its page, a summary, a link or a title).</summary>
    void AddItem(string contentItemId);

    /// <summary>
    /// The page lists published items of this type, so a newly published one may appear on it.
    /// <see cref="AnyType"/> for pages that list every type (search, feeds, the generic home page).
    /// </summary>
    void AddList(string contentType);

    IReadOnlyCollection<string> ItemIds { get; }

    IReadOnlyCollection<string> ListTypes { get; }

    public const string AnyType = "*";
}

/// <summary>
/// Drops every cached page of the current site once the unit of work commits: for changes that
/// show on every page (site name, contacts, emblem, menu). Implemented by the output cache
/// module; with no cache there is nothing to drop.
/// </summary>
public interface ISitePageCache
{
    void EvictAllAfterCommit();
}
