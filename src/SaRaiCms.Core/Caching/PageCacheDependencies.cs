namespace SaRaiCms.Caching;

/// <summary>The items and listed types recorded while one request renders (scoped).</summary>
public sealed class PageCacheDependencies : IPageCacheDependencies
{
    private readonly HashSet<string> _items = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lists = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> ItemIds => _items;

    public IReadOnlyCollection<string> ListTypes => _lists;

    public void AddItem(string contentItemId)
    {
        if (contentItemId.Length > 0)
        {
            _items.Add(contentItemId);
        }
    }

    public void AddList(string contentType)
    {
        if (contentType.Length > 0)
        {
            _lists.Add(contentType);
        }
    }
}
