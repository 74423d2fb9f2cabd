using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Site;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.News;

/// <summary>News pages: the paged list by category, the cards of the home page and what an article shows.</summary>
public sealed class NewsPages(
    IDocumentSession session,
    IContentDisplayManager display,
    NewsCategories newsCategories,
    ContentLookup lookup,
    ISiteTimeZone zone,
    NewsViewCounter counter,
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

    /// <summary>The list page, or null when <paramref name="category"/> names no category.</summary>
    public async Task<NewsListPageViewModel?> ListAsync(int page, string? category, CancellationToken cancellationToken)
    {
        var categories = await newsCategories.GetAsync(category, cancellationToken);
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
        var categories = (await newsCategories.GetAsync(null, cancellationToken)).ToDictionary(c => c.ContentItemId);
        var paths = await lookup.PathsAsync(ids, cancellationToken);
        var tz = await zone.GetAsync(cancellationToken);
        return ordered.Select(item =>
        {
            var part = NewsPart.Of(item);
            var date = Local(part.DateUtc(item), tz);
            var image = part.Image();
            var category = part.CategoryIds.Select(categories.GetValueOrDefault).OfType<CategoryLink>().FirstOrDefault();
            return new NewsCard(item.ContentItemId, item.DisplayText, paths.GetValueOrDefault(item.ContentItemId) ?? "#", date is { } d ? VietnameseFormat.ShortDate(d) : "",
                date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", part.LeadText, category?.Name, image?.Url, image?.Alt);
        }).ToList();
    }

    private static DateTime? Local(DateTime? utc, TimeZoneInfo tz)
        => utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), tz) : null;

    private async Task<int> PageSizeAsync(CancellationToken cancellationToken)
        => Math.Clamp((await session.GetSingletonAsync<SiteSettings>(cancellationToken))?.PageSize ?? 10, 1, 100);
}
