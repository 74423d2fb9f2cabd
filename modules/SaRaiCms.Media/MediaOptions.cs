namespace SaRaiCms.Media;

/// <summary>Settings of the media library (configuration section "SaRaiCms:Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "SaRaiCms:Media";

    /// <summary>Largest file accepted, in bytes (counted while copying, not taken from headers).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height): a small file may decode to gigabytes.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The media folder inside the site's data folder: <c>{DataPath}/Media</c>.</summary>
    public string FolderName { get; set; } = "Media";

    /// <summary>Widths of the derived sizes for srcset; only those narrower than the original are made.</summary>
    public List<int> Widths { get; set; } = [];

    /// <summary>The widths used when configuration names none.</summary>
    public static IReadOnlyList<int> DefaultWidths { get; } = [320, 640, 960, 1280, 1920];

    public IReadOnlyList<int> EffectiveWidths => Widths.Count > 0 ? [.. Widths.Where(w => w > 0).Distinct().Order()] : DefaultWidths;

    /// <summary>Quality of re-encoded JPEG and WebP files (0–100).</summary>
    public int Quality { get; set; } = 82;

    /// <summary>Images decoded at the same time; each may hold hundreds of megabytes while it is processed.</summary>
    public int MaxConcurrentImages { get; set; } = 2;

    /// <summary>Files listed per page in the admin.</summary>
    public int PageSize { get; set; } = 48;
}
