using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// The home page: the featured article and the latest news, recent meetings, the leaders of the
/// site's own committee (as of the latest day anyone held a position there, see
/// <see cref="LeadershipPages.MainCommitteeAsync"/>), the latest documents and the tasks by status.
/// </summary>
public sealed class HomePage(IDocumentSession session, NewsPages news, MeetingPages meetings, LeadershipPages leaders, DocumentPages documents, TaskPages tasks, SiteToday today)
{
    public async Task<HomePageViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var featured = await news.CardsAsync(1, featured: true, [], cancellationToken);
        var latest = await news.CardsAsync(5, featured: false, featured.Select(f => f.Id).ToList(), cancellationToken);
        var (group, asOf, isToday) = await leaders.MainCommitteeAsync(cancellationToken);
        return new HomePageViewModel
        {
            Meta = new PageMeta
            {
                Title = settings.SiteName,
                Description = $"Trang thông tin điện tử của {settings.SiteName}: tin tức, hội nghị, lãnh đạo, tổ chức, văn bản và nhiệm vụ.",
                CanonicalPath = "/",
                IsHome = true,
                ImageUrl = featured.FirstOrDefault()?.ImageUrl,
            },
            SiteName = settings.SiteName,
            Featured = featured,
            Latest = latest,
            Meetings = await meetings.RecentAsync(3, cancellationToken),
            Leadership = group,
            LeadershipAsOf = asOf is { } d && !isToday ? VietnameseFormat.ShortDate(d) : null,
            Documents = await documents.LatestAsync(4, cancellationToken),
            TaskStatuses = await tasks.FiltersAsync(null, ItemLinks.Day(await today.GetAsync(cancellationToken)), cancellationToken),
        };
    }
}
