namespace SaRaiCms.ContentManagement;

/// <summary>
/// A search over the full text of items that a module provides (the search module's Lucene
/// index); the list combines its hits with title matches in the store.
/// </summary>
public interface IContentListTextSearch
{
    Task<IReadOnlyList<string>> FindContentItemIdsAsync(string text, int max, CancellationToken cancellationToken);
}
