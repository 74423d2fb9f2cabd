using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Tasks;

namespace SaRaiCms.Committee.Site;

public sealed class HomePageViewModel : PageViewModel
{
    public required string SiteName { get; init; }
    public IReadOnlyList<NewsCard> Featured { get; init; } = [];
    public IReadOnlyList<NewsCard> Latest { get; init; } = [];
    public IReadOnlyList<MeetingCard> Meetings { get; init; } = [];
    public LeadershipGroup? Leadership { get; init; }

    /// <summary>"30/6/2025" when the leadership shown is not today's.</summary>
    public string? LeadershipAsOf { get; init; }
    public IReadOnlyList<DocumentRow> Documents { get; init; } = [];
    public IReadOnlyList<StatusFilter> TaskStatuses { get; init; } = [];
}
