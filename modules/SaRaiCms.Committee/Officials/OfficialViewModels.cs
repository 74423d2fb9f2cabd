using SaRaiCms.Committee.Common;

namespace SaRaiCms.Committee.Officials;

public sealed class OfficialViewModel
{
    public required string Name { get; init; }
    public string? PhotoUrl { get; init; }
    public string? PhotoAlt { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Titles held today; empty when none is.</summary>
    public string CurrentTitles { get; init; } = "";
    public IReadOnlyList<PositionRowViewModel> History { get; init; } = [];
}

public sealed record PositionRowViewModel(string Title, LinkViewModel Organisation, string Period, string? Term, bool IsCurrent);
