using SaRaiCms.Media.Models;

namespace SaRaiCms.Media.ViewModels;

/// <summary>A step of the folder path shown above the list ("Thư viện / hoi-nghi / 2024").</summary>
public sealed record FolderCrumb(string Name, string Path);

public sealed class MediaIndexViewModel
{
    public string Folder { get; init; } = "";
    public IReadOnlyList<FolderCrumb> Crumbs { get; init; } = [];
    public IReadOnlyList<string> Folders { get; init; } = [];
    public IReadOnlyList<MediaItem> Items { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    public bool CanManage { get; init; }
    public string CurrentUser { get; init; } = "";
    public long MaxFileBytes { get; init; }

    /// <summary>The alt text typed with a refused upload, shown again.</summary>
    public string? AltText { get; init; }

    /// <summary>Why the last upload was refused (shown next to the file input).</summary>
    public string? UploadError { get; init; }

    public string? FolderError { get; init; }
}

public sealed class MediaEditViewModel
{
    public required MediaItem Item { get; init; }
    public string? AltText { get; init; }
    public string? Error { get; init; }
    public bool CanManage { get; init; }
}

public sealed class MediaPickerViewModel
{
    public string Folder { get; init; } = "";
    public IReadOnlyList<FolderCrumb> Crumbs { get; init; } = [];
    public IReadOnlyList<string> Folders { get; init; } = [];
    public IReadOnlyList<MediaItem> Items { get; init; } = [];
    public bool ImagesOnly { get; init; }

    /// <summary>The id of the input the opener fills (a MediaField's textarea), or null for the rich-text editor.</summary>
    public string? Target { get; init; }

    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
}
