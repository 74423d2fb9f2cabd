namespace SaRaiCms.Store;

/// <summary>
/// Counts, per site, the commits that wrote documents of each kind. A cache of data read from the
/// store takes the count before it reads and keeps what it read only while the count is unchanged,
/// so a commit makes every older copy stale at once and a change shows on the next request.
/// Counts live in this process: several processes sharing one database do not see each other's
/// commits (the same holds for the output cache).
/// </summary>
public interface IStoreChangeCounter
{
    /// <summary>The number of commits of the current site that wrote a document of <paramref name="kind"/>.</summary>
    long Current(string kind);
}

/// <summary>The kinds <see cref="IStoreChangeCounter"/> counts.</summary>
public static class StoreChangeKinds
{
    /// <summary>Any content item, of any type (titles, paths, published state).</summary>
    public const string ContentItems = "ContentItem";

    /// <summary>Documents of one CLR type (site settings, roles, features...).</summary>
    public static string Document(Type documentType) => "type:" + (documentType.FullName ?? documentType.Name);

    /// <summary>Content items of one content type (for example the taxonomies of a site).</summary>
    public static string ContentType(string contentType) => "content-type:" + contentType;
}
