using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Admin;

/// <summary>How many items a removal touches: items with a latest version, and how many of them are published.</summary>
public sealed record ItemUsage(int Items, int Published)
{
    public static ItemUsage None { get; } = new(0, 0);
}

/// <summary>Counts items from <see cref="ContentItemIndex"/> (never by loading documents), for the type list and removal pages.</summary>
public sealed class ContentTypeUsage(IDocumentSession session, IContentDefinitionManager definitions)
{
    /// <summary>Latest versions per type, in one grouped query.</summary>
    public async Task<IReadOnlyDictionary<string, int>> LatestCountsAsync(CancellationToken cancellationToken)
        => await session.Query<ContentItemIndex>()
            .Where(i => i.Latest)
            .GroupBy(i => i.ContentType)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Type, x => x.Count, cancellationToken);

    public async Task<ItemUsage> ForTypesAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken)
    {
        if (types.Count == 0)
        {
            return ItemUsage.None;
        }

        var rows = session.Query<ContentItemIndex>().Where(i => types.Contains(i.ContentType));
        var items = await rows.Where(i => i.Latest || i.Published).Select(i => i.ContentItemId).Distinct().CountAsync(cancellationToken);
        var published = await rows.CountAsync(i => i.Published, cancellationToken);
        return new ItemUsage(items, published);
    }

    /// <summary>Items of every type that attaches <paramref name="partName"/> (a field lives on a part, and a part may be shared).</summary>
    public async Task<ItemUsage> ForPartAsync(string partName, CancellationToken cancellationToken)
    {
        var types = (await definitions.ListTypesAsync(cancellationToken))
            .Where(t => t.Parts.Any(p => p.PartName == partName))
            .Select(t => t.Name)
            .ToList();
        return await ForTypesAsync(types, cancellationToken);
    }
}
