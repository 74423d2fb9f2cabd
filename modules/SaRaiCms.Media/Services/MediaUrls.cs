using System.Globalization;
using SaRaiCms.Media.Models;

namespace SaRaiCms.Media.Services;

/// <summary>
/// Where the library's files are served. Originals at <c>/media/{path}</c>, derived sizes at
/// <c>/media/_sizes/{width}/{path}</c>; both carry <c>?v={hash prefix}</c>, which makes them
/// cacheable for a year (a changed file has another hash, hence another URL).
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/media";
    public const string SizesSegment = "_sizes";

    public static string Url(MediaItem item) => $"{Prefix}/{Escape(item.Path)}?v={item.Version}";

    public static string SizeUrl(MediaItem item, int width)
        => $"{Prefix}/{SizesSegment}/{width.ToString(CultureInfo.InvariantCulture)}/{Escape(item.Path)}?v={item.Version}";

    /// <summary>The srcset of an image: each derived size and the original, by width.</summary>
    public static string SrcSet(MediaItem item)
        => string.Join(", ", item.Widths.Select(w => $"{SizeUrl(item, w)} {w.ToString(CultureInfo.InvariantCulture)}w")
            .Append($"{Url(item)} {item.Width.ToString(CultureInfo.InvariantCulture)}w"));

    /// <summary>The smallest derived size (or the original): for thumbnails in the admin.</summary>
    public static string ThumbnailUrl(MediaItem item) => item.Widths.Count > 0 ? SizeUrl(item, item.Widths[0]) : Url(item);

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
