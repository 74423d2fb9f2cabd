using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.News;

/// <summary>A news article in a list: title, link, date ("28/6/2023"), lead, category.</summary>
public sealed record NewsCard(string Id, string Title, string Url, string Date, string DateIso, string? Lead, string? Category, string? ImageUrl, string? ImageAlt);

/// <summary>A category of news with its link ("/tin-tuc?chuyen-muc=xay-dung-dang").</summary>
public sealed record CategoryLink(string ContentItemId, string Name, string Slug, string Url, bool Current);

public sealed class NewsListPageViewModel : PageViewModel
{
    /// <summary>Summary shapes of the articles (rendered with Content-News.Summary).</summary>
    public IReadOnlyList<ContentShape> Items { get; init; } = [];
    public IReadOnlyList<CategoryLink> Categories { get; init; } = [];
    public CategoryLink? Category { get; init; }
    public required Pager Pager { get; init; }
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
}

/// <summary>What a news summary shows besides its linked title.</summary>
public sealed record NewsSummaryViewModel(string? Date, string? DateIso, string? Lead, string? Category);
