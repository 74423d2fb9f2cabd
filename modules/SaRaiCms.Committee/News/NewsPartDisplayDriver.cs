using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Site;
using SaRaiCms.Contents.Models;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.News;

/// <summary>
/// The News part's shapes. On the article page: "NewsPart" in the Header zone (date, categories,
/// reads), "NewsPart_Intro" in the Intro zone (lead and picture) and "NewsPart_Footer" in the Footer
/// zone (byline, related items, sharing). In lists: "NewsPart" (views NewsPart.Summary.cshtml) with the
/// date, category and lead. Models are built only when a shape is rendered, once per item.
/// The part's fields are edited by their own field editors, as the type definition lists them.
/// </summary>
public sealed class NewsPartDisplayDriver(
    NewsCategories newsCategories,
    NewsViewCounter counter,
    ItemLinks links,
    ISiteTimeZone zone,
    IDocumentSession session,
    IHttpContextAccessor http) : ContentPartDisplayDriver<NewsPart>
{
    public override string PartType => NewsPart.Name;

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(NewsPart part, PartContext context)
    {
        var item = context.Build.ContentItem;
        var cancellationToken = context.Build.CancellationToken;
        if (context.Build.DisplayType == "Summary")
        {
            return Shapes(Shape("NewsPart", () => SummaryAsync(part, item, cancellationToken), context).Location("Header", 10));
        }

        var article = new Lazy<Task<NewsArticleViewModel>>(() => ArticleAsync(part, item, cancellationToken));
        return Shapes(
            Shape("NewsPart", () => article.Value, context).Location("Header", 10),
            Shape("NewsPart_Intro", () => article.Value, context).Location("Intro", 1),
            Shape("NewsPart_Footer", () => article.Value, context).Location("Footer", 1));
    }

    private async Task<NewsSummaryViewModel> SummaryAsync(NewsPart part, ContentManagement.ContentItem item, CancellationToken cancellationToken)
    {
        var date = Local(part.DateUtc(item), await zone.GetAsync(cancellationToken));
        var categories = await newsCategories.GetAsync(null, cancellationToken);
        var category = part.CategoryIds.Select(id => categories.FirstOrDefault(c => c.ContentItemId == id)).OfType<CategoryLink>().FirstOrDefault();
        return new NewsSummaryViewModel(date is { } d ? VietnameseFormat.ShortDate(d) : null, Iso(date), part.LeadText, category?.Name);
    }

    /// <summary>
    /// Everything the article page shows around its title and body. The read is not counted here:
    /// the page may be served from the output cache without rendering, so the page's script counts
    /// it (<see cref="NewsPages.ViewBeaconPath"/>; not from the print view of a page already read).
    /// </summary>
    private async Task<NewsArticleViewModel> ArticleAsync(NewsPart part, ContentManagement.ContentItem item, CancellationToken cancellationToken)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("The article page is rendered for a request.");
        var print = SiteChrome.IsPrintView(request);
        var views = await counter.GetAsync(item.ContentItemId, cancellationToken);
        var date = Local(part.DateUtc(item), await zone.GetAsync(cancellationToken));
        var categories = (await newsCategories.GetAsync(null, cancellationToken)).Where(c => part.CategoryIds.Contains(c.ContentItemId)).ToList();
        var meetingId = part.RelatedMeetingId;
        var related = await links.GetAsync([meetingId, .. part.OfficialIds, .. part.DocumentIds], cancellationToken);
        var documentIds = part.DocumentIds;
        var numbers = documentIds.Count == 0
            ? new Dictionary<string, string>()
            : await session.Query<DocumentIndex>().Where(d => documentIds.Contains(d.ContentItemId) && d.Published)
                .Select(d => new { d.ContentItemId, d.Number }).ToDictionaryAsync(d => d.ContentItemId, d => d.Number, cancellationToken);
        var image = part.Image();
        var path = item.As<AutoroutePart>()?.Path is { Length: > 0 } p ? "/" + p : request.Path.Value ?? "/";
        var url = SiteChrome.Absolute(request, path);
        var encoded = Uri.EscapeDataString(url);
        return new NewsArticleViewModel
        {
            Lead = part.LeadText,
            Byline = part.BylineText,
            Date = date is { } d ? VietnameseFormat.ShortDate(d) : null,
            DateLong = date is { } l ? VietnameseFormat.LongDate(l) : null,
            DateIso = Iso(date),
            Categories = categories,
            ImageUrl = image?.Url,
            ImageAlt = image?.Alt,
            RelatedMeeting = meetingId is not null ? related.GetValueOrDefault(meetingId) : null,
            Officials = part.OfficialIds.Select(related.GetValueOrDefault).OfType<ItemLink>().ToList(),
            Documents = documentIds.Where(related.ContainsKey)
                .Select(id => numbers.TryGetValue(id, out var number) ? related[id] with { Title = $"{number}: {related[id].Title}" } : related[id])
                .ToList(),
            ViewCount = views,
            ViewCountText = VietnameseFormat.Number(views),
            ViewBeaconUrl = print ? null : NewsPages.ViewBeaconPath(item.ContentItemId),
            ShareUrl = url,
            ZaloShareUrl = "https://zalo.me/share?url=" + encoded,
            FacebookShareUrl = "https://www.facebook.com/sharer/sharer.php?u=" + encoded,
            PrintUrl = path + "?print=1",
            IsPrintView = print,
        };
    }

    private static string? Iso(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? Local(DateTime? utc, TimeZoneInfo tz)
        => utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), tz) : null;
}
