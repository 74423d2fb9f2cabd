using SaRaiCms.ContentManagement;

namespace SaRaiCms.Search.Querying;

/// <summary>
/// The admin content list's "search" box finds words anywhere in published items through the
/// same index and analysis as /search ("dang uy" finds "Đảng ủy"); drafts are matched on their
/// titles by the list itself, since only published items are indexed.
/// </summary>
public sealed class ContentListTextSearch(ISearchService search) : IContentListTextSearch
{
    public async Task<IReadOnlyList<string>> FindContentItemIdsAsync(string text, int max, CancellationToken cancellationToken)
        => (await search.FindContentItemIdsAsync(text, null, 0, max, cancellationToken)).ContentItemIds;
}
