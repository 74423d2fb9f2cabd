namespace SaRaiCms.ContentManagement;

/// <summary>A published item as a link: its title, type and public path (null when it has no route).</summary>
public sealed record ContentLink(string ContentItemId, string Title, string ContentType, string? Path);

/// <summary>A published item's public path, with its dates (for the sitemap).</summary>
public sealed record PublishedRoute(string Path, DateTime? ModifiedUtc, DateTime? PublishedUtc);

/// <summary>
/// Titles and public paths of published items, for pages and editors that link to other items
/// (the content picker, a meeting's documents, an article's related items). Each id asked for is
/// recorded as shown by the page, so that publishing it refreshes a cached copy.
/// </summary>
public interface IContentLinks
{
    /// <summary>The published items among <paramref name="contentItemIds"/>, keyed by id, in one query for the ids not read since the last content commit.</summary>
    Task<IReadOnlyDictionary<string, ContentLink>> GetPublishedAsync(IEnumerable<string?> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Every published item that has a public path, ordered by path.</summary>
    Task<IReadOnlyList<PublishedRoute>> PublishedRoutesAsync(CancellationToken cancellationToken = default);
}
