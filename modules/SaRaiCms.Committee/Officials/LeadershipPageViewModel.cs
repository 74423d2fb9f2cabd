using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Officials;

/// <summary>An official with the titles held on the page's reference date.</summary>
public sealed record LeaderRow(string Name, string? Url, string Titles);

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
