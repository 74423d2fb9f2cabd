using SaRaiCms.Display;

namespace SaRaiCms.Committee.ViewModels.Pages;

/// <summary>A news article in a list: title, link, date ("28/6/2023"), lead, category.</summary>
public sealed record NewsCard(string Id, string Title, string Url, string Date, string DateIso, string? Lead, string? Category, string? ImageUrl, string? ImageAlt);

/// <summary>A meeting in a list: "Chiều ngày 28 tháng 6 năm 2023", its kind and organising body.</summary>
public sealed record MeetingCard(string Title, string Url, string When, string DateIso, string KindLabel, ItemLink? Organisation, string? Summary);

/// <summary>An official with the titles held on the page's reference date.</summary>
public sealed record LeaderRow(string Name, string? Url, string Titles);

/// <summary>A category of news with its link ("/tin-tuc?chuyen-muc=xay-dung-dang").</summary>
public sealed record CategoryLink(string ContentItemId, string Name, string Slug, string Url, bool Current);

/// <summary>A document in a list: "45-NQ/ĐU", "30/06/2023", its summary (trích yếu).</summary>
public sealed record DocumentRow(string Number, string Title, string Url, string DocumentType, string? Date, string? DateIso, string? Summary);

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

public sealed class NewsListPageViewModel : PageViewModel
{
    /// <summary>Summary shapes of the articles (rendered with Content-News.Summary).</summary>
    public IReadOnlyList<ContentShape> Items { get; init; } = [];
    public IReadOnlyList<CategoryLink> Categories { get; init; } = [];
    public CategoryLink? Category { get; init; }
    public required Pager Pager { get; init; }
}

public sealed class MeetingListPageViewModel : PageViewModel
{
    public IReadOnlyList<MeetingCard> Items { get; init; } = [];
    public required Pager Pager { get; init; }
}

/// <summary>Leaders of one organisation on the reference date, sorted by given name (Vietnamese collation).</summary>
public sealed record LeadershipGroup(ItemLink Organisation, string? KindLabel, IReadOnlyList<LeaderRow> People);

public sealed class LeadershipPageViewModel : PageViewModel
{
    /// <summary>The date the list is true on: today, or the latest day anyone held a position.</summary>
    public DateTime? AsOf { get; init; }
    public string? AsOfText { get; init; }
    public bool IsToday { get; init; }
    public IReadOnlyList<LeadershipGroup> Groups { get; init; } = [];
}

public sealed class OrganisationNode
{
    public required string Name { get; init; }
    public string? Url { get; init; }
    public required string KindLabel { get; init; }

    /// <summary>"Từ 1/7/2025", "Đến 30/6/2025", "1/7/2020 – 30/6/2025" or null.</summary>
    public string? Validity { get; init; }

    /// <summary>No longer exists (its last day is past).</summary>
    public bool Defunct { get; init; }
    public ItemLink? Successor { get; init; }
    public IReadOnlyList<OrganisationNode> Children { get; init; } = [];
}

public sealed class OrganisationTreePageViewModel : PageViewModel
{
    public IReadOnlyList<OrganisationNode> Roots { get; init; } = [];
}

/// <summary>A status filter link with how many tasks have that status today.</summary>
public sealed record StatusFilter(string? Key, string Label, string Url, int Count, bool Current);

public sealed record TaskPageRow(int Number, string Text, string? Area, string? ResponsibleBody, string? Due, string? DueIso, string Status, string StatusLabel, string? ProgressNotes);

public sealed record TaskGroup(ItemLink List, string? Period, ItemLink? Organisation, IReadOnlyList<TaskPageRow> Tasks);

public sealed class TaskPageViewModel : PageViewModel
{
    /// <summary>The status filtered on (NotStarted, InProgress, Done, Overdue), or null for all.</summary>
    public string? Status { get; init; }
    public IReadOnlyList<StatusFilter> Filters { get; init; } = [];
    public IReadOnlyList<TaskGroup> Groups { get; init; } = [];
    public int Count { get; init; }

    /// <summary>"28/6/2025": the day statuses are worked out for (overdue is derived from it).</summary>
    public required string Today { get; init; }
}

public sealed record FilterOption(string Value, string Label, bool Selected);

public sealed class DocumentListPageViewModel : PageViewModel
{
    public string? Type { get; init; }
    public int? Year { get; init; }

    /// <summary>The number searched for, as typed.</summary>
    public string? Number { get; init; }
    public IReadOnlyList<FilterOption> Types { get; init; } = [];
    public IReadOnlyList<FilterOption> Years { get; init; } = [];
    public IReadOnlyList<DocumentRow> Items { get; init; } = [];
    public required Pager Pager { get; init; }
    public bool IsFiltered => Type is not null || Year is not null || Number is not null;
}

/// <summary>What a news article's page shows besides its title and body (the theme's Content-News.Detail).</summary>
public sealed class NewsArticleViewModel
{
    public string? Lead { get; init; }
    public string? Byline { get; init; }
    public string? Date { get; init; }
    public string? DateLong { get; init; }
    public string? DateIso { get; init; }
    public IReadOnlyList<CategoryLink> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }
    public ItemLink? RelatedMeeting { get; init; }
    public IReadOnlyList<ItemLink> Officials { get; init; } = [];
    public IReadOnlyList<ItemLink> Documents { get; init; } = [];
    public long ViewCount { get; init; }
    public required string ViewCountText { get; init; }

    /// <summary>Where the page's script counts the read (null for the print view, which is not another read).</summary>
    public string? ViewBeaconUrl { get; init; }
    public required string ShareUrl { get; init; }
    public required string ZaloShareUrl { get; init; }
    public required string FacebookShareUrl { get; init; }
    public required string PrintUrl { get; init; }
    public bool IsPrintView { get; init; }

    /// <summary>The item's other shapes (the body, and any field an editor added), in zone order.</summary>
    public IReadOnlyList<ShapeResult> BodyShapes { get; init; } = [];
}

/// <summary>What a news summary shows besides its linked title.</summary>
public sealed record NewsSummaryViewModel(string? Date, string? DateIso, string? Lead, string? Category);
