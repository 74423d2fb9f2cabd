using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Meetings;

/// <summary>A meeting in a list: "Chiều ngày 28 tháng 6 năm 2023", its kind and organising body.</summary>
public sealed record MeetingCard(string Title, string Url, string When, string DateIso, string KindLabel, ItemLink? Organisation, string? Summary);

public sealed class MeetingListPageViewModel : PageViewModel
{
    public IReadOnlyList<MeetingCard> Items { get; init; } = [];
    public required Pager Pager { get; init; }
}
