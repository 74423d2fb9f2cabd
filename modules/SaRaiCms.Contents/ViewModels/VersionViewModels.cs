using SaRaiCms.Contents.Services;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.ViewModels;

/// <summary>Where a version stands in its item's history.</summary>
public enum VersionState
{
    Published,
    LatestDraft,
    Earlier,
    Removed,
}

public sealed class VersionRowViewModel
{
    public required string VersionId { get; init; }
    public required string Who { get; init; }

    /// <summary>When the version was last saved, in the site's time zone, as Vietnamese read it.</summary>
    public required string When { get; init; }

    public required VersionState State { get; init; }

    public string StateText => State switch
    {
        VersionState.Published => "Đang xuất bản",
        VersionState.LatestDraft => "Bản nháp mới nhất",
        VersionState.Removed => "Đã xóa",
        _ => "Phiên bản cũ",
    };

    /// <summary>Restoring the version being edited or shown changes nothing, so only other versions offer it.</summary>
    public bool CanRestore => State is VersionState.Earlier or VersionState.Published;
}

public sealed class VersionListViewModel
{
    public required string ContentItemId { get; init; }
    public required string DisplayText { get; init; }
    public required string TypeDisplayName { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<VersionRowViewModel> Versions { get; init; }

    public bool IsRemoved { get; init; }
}

public sealed class VersionDisplayViewModel
{
    public required string ContentItemId { get; init; }
    public required VersionRowViewModel Version { get; init; }
    public required string DisplayText { get; init; }
    public required ContentShape Content { get; init; }
}

public sealed class VersionCompareViewModel
{
    public required string ContentItemId { get; init; }
    public required string DisplayText { get; init; }
    public required VersionRowViewModel From { get; init; }
    public required VersionRowViewModel To { get; init; }
    public required VersionComparison Comparison { get; init; }
}
