using System.Text.Json.Nodes;
using SaRaiCms.Caching;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.OutputCache;

/// <summary>
/// Names of the cache tags. Every tag starts with the site's name, so a change on one site never
/// evicts another site's pages.
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every cached page of a site.</summary>
    public static string Site(string site) => $"{site}|site";

    /// <summary>Pages that show the item.</summary>
    public static string Item(string site, string contentItemId) => $"{site}|item|{contentItemId}";

    /// <summary>Pages that list published items of the type (<see cref="IPageCacheDependencies.AnyType"/>: of any type).</summary>
    public static string List(string site, string contentType) => $"{site}|list|{contentType}";

    /// <summary>
    /// The tags a change of <paramref name="item"/> evicts: its own pages, lists of its type and of
    /// every type, and the pages of the items it refers to (a meeting's page lists the news about it).
    /// </summary>
    public static IReadOnlyList<string> ForChange(string site, ContentItem item)
    {
        var tags = new List<string>
        {
            Item(site, item.ContentItemId),
            List(site, item.ContentType),
            List(site, IPageCacheDependencies.AnyType),
        };
        foreach (var id in RelatedIds(item))
        {
            tags.Add(Item(site, id));
        }

        return tags;
    }

    /// <summary>
    /// Ids the item refers to: string values (or arrays of strings) of properties whose name ends
    /// in "Id" or "Ids" anywhere in its parts and fields (ContentPickerField.ContentItemIds,
    /// MeetingPart.OrganisationId, participants' OfficialId, ...). Over-matching only evicts more.
    /// </summary>
    public static IReadOnlyCollection<string> RelatedIds(ContentItem item)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(item.Content, ids, depth: 0);
        ids.Remove(item.ContentItemId);
        return ids;
    }

    private const int MaxDepth = 16;
    private const int MaxIds = 500;

    private static void Walk(JsonNode? node, HashSet<string> ids, int depth)
    {
        if (depth > MaxDepth || ids.Count >= MaxIds)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (IsIdName(name))
                    {
                        Collect(value, ids);
                    }

                    Walk(value, ids, depth + 1);
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    Walk(element, ids, depth + 1);
                }

                break;
        }
    }

    private static bool IsIdName(string name)
        => (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal))
           && name != nameof(ContentItem.ContentItemVersionId);

    private static void Collect(JsonNode? value, HashSet<string> ids)
    {
        if (value is JsonValue single && single.TryGetValue<string>(out var id) && id.Length > 0)
        {
            ids.Add(id);
        }
        else if (value is JsonArray array)
        {
            foreach (var element in array)
            {
                if (element is JsonValue v && v.TryGetValue<string>(out var each) && each.Length > 0)
                {
                    ids.Add(each);
                }
            }
        }
    }
}
