using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Site;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.News;

/// <summary>The fields of the News part (made of standard fields; see CommitteeMigration).</summary>
public static class NewsFields
{
    public static string? Lead(ContentItem item) => Part(item)?.Get<TextField>("Lead")?.Text is { Length: > 0 } text ? text.Trim() : null;

    public static string? Byline(ContentItem item) => Part(item)?.Get<TextField>("Byline")?.Text is { Length: > 0 } text ? text.Trim() : null;

    /// <summary>The article's date (UTC), else when it was published.</summary>
    public static DateTime? Date(ContentItem item) => Part(item)?.Get<DateTimeField>("Date")?.Value ?? item.PublishedUtc ?? item.CreatedUtc;

    public static IReadOnlyList<string> CategoryIds(ContentItem item) => Part(item)?.Get<TaxonomyField>("Category")?.TermContentItemIds ?? [];

    public static IReadOnlyList<string> Ids(ContentItem item, string field) => Part(item)?.Get<ContentPickerField>(field)?.ContentItemIds ?? [];

    /// <summary>The featured image's path and alternative text, when it has a safe path.</summary>
    public static (string Url, string Alt)? Image(ContentItem item)
    {
        if (Part(item)?.Get<MediaField>("FeaturedImage") is not { Paths.Length: > 0 } media || !SafeUrl.IsAllowedMediaPath(media.Paths[0]))
        {
            return null;
        }

        var alt = media.MediaTexts is { Length: > 0 } texts ? texts[0] ?? "" : "";
        return (SafeUrl.MediaUrl(media.Paths[0]), alt);
    }

    /// <summary>The fields the theme's article template shows itself (the rest of the item renders as shapes).</summary>
    public static readonly IReadOnlySet<string> ShownByArticle = new HashSet<string>(StringComparer.Ordinal)
    {
        "Lead", "Byline", "Date", "Category", "FeaturedImage", "RelatedMeeting", "Officials", "Documents", "Featured",
    };

    private static ContentPart? Part(ContentItem item) => item.Get<ContentPart>(CommitteeTypes.News);
}

/// <summary>News pages: the paged list by category, the cards of the home page and what an article shows.</summary>
public sealed class NewsPages(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    IContentDisplayManager display,
    ContentLookup lookup,
    ItemLinks links,
    SiteTimeZone zone,
    NewsViewCounter counter,
    IVietnameseText text,
    IStoreReadCache readCache,
    IPageCacheDependencies dependencies)
{
    public const string ListPath = "/tin-tuc";

    /// <summary>POST here counts one read of the article (under /api: never cached).</summary>
    public static string ViewBeaconPath(string contentItemId) => $"/api/news/{Uri.EscapeDataString(contentItemId)}/views";

    /// <summary>Counts one read of a published article; null when <paramref name="contentItemId"/> is not one.</summary>
    public async Task<(long Views, string Text)?> CountReadAsync(string contentItemId, CancellationToken cancellationToken)
    {
        if (!await session.Query<NewsIndex>().AnyAsync(n => n.ContentItemId == contentItemId && n.Published, cancellationToken))
        {
            return null;
        }

        var views = await counter.IncrementAsync(contentItemId, cancellationToken);
        return (views, VietnameseFormat.Number(views));
    }

    /// <summary>The categories of the taxonomy the News part's Category field uses, in tree order.</summary>
    public async Task<IReadOnlyList<CategoryLink>> CategoriesAsync(string? current, CancellationToken cancellationToken)
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
                ? TaxonomyTerms.Flatten(taxonomy)
                    .Select(t =>
                    {
                        var slug = text.Slugify(t.Name);
                        return new CategoryLink(t.ContentItemId, t.Name, slug, $"{ListPath}?chuyen-muc={Uri.EscapeDataString(slug)}", false);
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

    /// <summary>The list page, or null when <paramref name="category"/> names no category.</summary>
    public async Task<NewsListPageViewModel?> ListAsync(int page, string? category, CancellationToken cancellationToken)
    {
        var categories = await CategoriesAsync(category, cancellationToken);
        var current = categories.FirstOrDefault(c => c.Current);
        if (category is { Length: > 0 } && current is null)
        {
            return null;
        }

        var pageSize = await PageSizeAsync(cancellationToken);
        dependencies.AddList(CommitteeTypes.News);
        var rows = session.Query<NewsIndex>();
        var articles = current is null
            ? rows.Where(n => n.Published).OnePerArticle(rows)
            : rows.Where(n => n.Published && n.CategoryId == current.ContentItemId);
        var total = await CountAsync(articles, current?.ContentItemId, cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var ids = await articles.NewestFirst()
            .Skip((page - 1) * pageSize).Take(pageSize).Select(a => a.ContentItemId).ToListAsync(cancellationToken);
        var items = await lookup.PublishedAsync(ids, cancellationToken);
        var shapes = new List<ContentShape>();
        foreach (var id in ids)
        {
            if (items.TryGetValue(id, out var item))
            {
                shapes.Add(await display.BuildDisplayAsync(item, "Summary", cancellationToken));
            }
        }

        var basePath = current is null ? ListPath : current.Url;
        var title = current?.Name ?? "Tin tức";
        return new NewsListPageViewModel
        {
            Meta = new PageMeta
            {
                Title = title,
                Description = current is null ? "Tin tức, hoạt động của Đảng bộ." : $"Tin tức chuyên mục {current.Name}.",
                CanonicalPath = page > 1 ? $"{basePath}{(current is null ? "?" : "&")}page={page}" : basePath,
                Breadcrumbs = current is null
                    ? [PageMeta.Home, new Breadcrumb("Tin tức")]
                    : [PageMeta.Home, new Breadcrumb("Tin tức", ListPath), new Breadcrumb(current.Name)],
            },
            Items = shapes,
            Categories = categories,
            Category = current,
            Pager = new Pager { Page = page, PageCount = pageCount, Total = total, UrlPrefix = $"{basePath}{(current is null ? "?" : "&")}page=" },
        };
    }

    /// <summary>Cards of the latest published articles (only the featured ones when <paramref name="featured"/>).</summary>
    /// <summary>The number of published articles (in a category): counting reads every row, so it is kept until a commit of a content item.</summary>
    private Task<int> CountAsync(IQueryable<NewsIndex> articles, string? categoryId, CancellationToken cancellationToken)
        => readCache.GetOrReadAsync(session, "news-count:" + categoryId, readCache.Count(StoreChangeKinds.ContentItems),
            () => articles.CountAsync(cancellationToken));

    public async Task<IReadOnlyList<NewsCard>> CardsAsync(int take, bool featured, IReadOnlyCollection<string> except, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.News);
        var rows = session.Query<NewsIndex>();
        var query = rows.Where(n => n.Published).OnePerArticle(rows);
        if (featured)
        {
            query = query.Where(n => n.Featured);
        }

        if (except.Count > 0)
        {
            query = query.Where(n => !except.Contains(n.ContentItemId));
        }

        var ids = await query.NewestFirst().Take(take).Select(a => a.ContentItemId).ToListAsync(cancellationToken);
        var items = await lookup.PublishedAsync(ids, cancellationToken);
        var ordered = ids.Where(items.ContainsKey).Select(id => items[id]).ToList();
        var categories = (await CategoriesAsync(null, cancellationToken)).ToDictionary(c => c.ContentItemId);
        var paths = await lookup.PathsAsync(ids, cancellationToken);
        var tz = await zone.GetAsync(cancellationToken);
        return ordered.Select(item =>
        {
            var date = Local(NewsFields.Date(item), tz);
            var image = NewsFields.Image(item);
            var category = NewsFields.CategoryIds(item).Select(categories.GetValueOrDefault).OfType<CategoryLink>().FirstOrDefault();
            return new NewsCard(item.ContentItemId, item.DisplayText, paths.GetValueOrDefault(item.ContentItemId) ?? "#", date is { } d ? VietnameseFormat.ShortDate(d) : "",
                date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", NewsFields.Lead(item), category?.Name, image?.Url, image?.Alt);
        }).ToList();
    }

    /// <summary>What a summary of an article shows besides its title.</summary>
    public async Task<NewsSummaryViewModel> SummaryAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var date = Local(NewsFields.Date(item), await zone.GetAsync(cancellationToken));
        var categories = (await CategoriesAsync(null, cancellationToken)).ToDictionary(c => c.ContentItemId);
        var category = NewsFields.CategoryIds(item).Select(categories.GetValueOrDefault).OfType<CategoryLink>().FirstOrDefault();
        return new NewsSummaryViewModel(date is { } d ? VietnameseFormat.ShortDate(d) : null,
            date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), NewsFields.Lead(item), category?.Name);
    }

    /// <summary>
    /// Everything an article's page shows around its title and body. The read is not counted here:
    /// the page may be served from the output cache without rendering, so the page's script counts
    /// it (<see cref="ViewBeaconPath"/>; not from the print view of a page already read).
    /// </summary>
    public async Task<NewsArticleViewModel> ArticleAsync(ContentShape shape, HttpRequest request, CancellationToken cancellationToken)
    {
        var item = shape.ContentItem;
        var print = SiteChrome.IsPrintView(request);
        var views = await counter.GetAsync(item.ContentItemId, cancellationToken);
        var date = Local(NewsFields.Date(item), await zone.GetAsync(cancellationToken));
        var categoryIds = NewsFields.CategoryIds(item);
        var categories = (await CategoriesAsync(null, cancellationToken)).Where(c => categoryIds.Contains(c.ContentItemId)).ToList();
        var meetingId = NewsFields.Ids(item, "RelatedMeeting").FirstOrDefault();
        var officialIds = NewsFields.Ids(item, "Officials");
        var documentIds = NewsFields.Ids(item, "Documents");
        var related = await links.GetAsync([meetingId, .. officialIds, .. documentIds], cancellationToken);
        var numbers = documentIds.Count == 0
            ? new Dictionary<string, string>()
            : await session.Query<DocumentIndex>().Where(d => documentIds.Contains(d.ContentItemId) && d.Published)
                .Select(d => new { d.ContentItemId, d.Number }).ToDictionaryAsync(d => d.ContentItemId, d => d.Number, cancellationToken);
        var image = NewsFields.Image(item);
        var path = item.As<AutoroutePart>()?.Path is { Length: > 0 } p ? "/" + p : request.Path.Value ?? "/";
        var url = SiteChrome.Absolute(request, path);
        var encoded = Uri.EscapeDataString(url);
        return new NewsArticleViewModel
        {
            Lead = NewsFields.Lead(item),
            Byline = NewsFields.Byline(item),
            Date = date is { } d ? VietnameseFormat.ShortDate(d) : null,
            DateLong = date is { } l ? VietnameseFormat.LongDate(l) : null,
            DateIso = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Categories = categories,
            ImageUrl = image?.Url,
            ImageAlt = image?.Alt,
            RelatedMeeting = meetingId is not null ? related.GetValueOrDefault(meetingId) : null,
            Officials = officialIds.Select(related.GetValueOrDefault).OfType<ItemLink>().ToList(),
            Documents = documentIds.Where(related.ContainsKey)
                .Select(id => numbers.TryGetValue(id, out var number) ? related[id] with { Title = $"{number}: {related[id].Title}" } : related[id])
                .ToList(),
            ViewCount = views,
            ViewCountText = VietnameseFormat.Number(views),
            ViewBeaconUrl = print ? null : ViewBeaconPath(item.ContentItemId),
            ShareUrl = url,
            ZaloShareUrl = "https://zalo.me/share?url=" + encoded,
            FacebookShareUrl = "https://www.facebook.com/sharer/sharer.php?u=" + encoded,
            PrintUrl = path + "?print=1",
            IsPrintView = print,
            // The fields shown above are hidden from the display (CommitteeSiteServiceCollectionExtensions), so their drivers did not run.
            BodyShapes = shape.Zone("Content"),
        };
    }

    private static DateTime? Local(DateTime? utc, TimeZoneInfo tz)
        => utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), tz) : null;

    private async Task<int> PageSizeAsync(CancellationToken cancellationToken)
        => Math.Clamp((await session.GetSingletonAsync<SiteSettings>(cancellationToken))?.PageSize ?? 10, 1, 100);
}
