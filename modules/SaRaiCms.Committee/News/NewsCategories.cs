using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.News;

/// <summary>The news categories: the terms of the taxonomy the News part's Category field uses, read once per request.</summary>
public sealed class NewsCategories(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    ContentLookup lookup,
    IVietnameseText text,
    ITaxonomyTerms taxonomyTerms,
    IStoreReadCache readCache,
    IPageCacheDependencies dependencies)
{
    /// <summary>The categories of the taxonomy the News part's Category field uses, in tree order.</summary>
    public async Task<IReadOnlyList<CategoryLink>> GetAsync(string? current, CancellationToken cancellationToken)
    {
        _categories ??= await AllCategoriesAsync(cancellationToken);
        return current is null
            ? _categories
            : _categories.Select(c => c with { Current = current == c.ContentItemId || string.Equals(current, c.Slug, StringComparison.OrdinalIgnoreCase) }).ToList();
    }

    /// <summary>
    /// Every news page shows the categories: they are read again only after a commit of a content
    /// item or of the content definitions (which name the taxonomy).
    /// </summary>
    private async Task<IReadOnlyList<CategoryLink>> AllCategoriesAsync(CancellationToken cancellationToken)
    {
        // Counts only grow, so their sum changes whenever one of them does.
        var count = readCache.Count(StoreChangeKinds.ContentItems) + readCache.Count(StoreChangeKinds.Document(typeof(ContentDefinitionDocument)));
        var (taxonomyId, categories) = await readCache.GetOrReadAsync(session, "news-categories", count, async () =>
        {
            var part = await definitions.GetPartAsync(CommitteeTypes.News, cancellationToken);
            var id = part?.Fields.FirstOrDefault(f => f.Name == "Category")?.GetSettings<TaxonomyFieldSettings>().TaxonomyContentItemId;
            IReadOnlyList<CategoryLink> links = await lookup.PublishedAsync(id, cancellationToken) is { } taxonomy
                ? taxonomyTerms.Flatten(taxonomy)
                    .Select(t =>
                    {
                        var slug = text.Slugify(t.Name);
                        return new CategoryLink(t.ContentItemId, t.Name, slug, $"{NewsPages.ListPath}?chuyen-muc={Uri.EscapeDataString(slug)}", false);
                    })
                    .ToList()
                : [];
            return (TaxonomyId: id, Categories: links);
        });

        // The page shows the taxonomy: publishing it must refresh a cached copy, also when the terms were kept.
        if (taxonomyId is not null)
        {
            dependencies.AddItem(taxonomyId);
        }

        return categories;
    }

    // Once per request: summaries of a list page all need them.
    private IReadOnlyList<CategoryLink>? _categories;
}
