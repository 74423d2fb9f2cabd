using System.Text.Json.Serialization;
using SaRaiCms.Store;

namespace SaRaiCms.Media.Models;

/// <summary>The kinds of file the library accepts, decided from the file's first bytes.</summary>
public enum MediaKind
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Pdf,
}

/// <summary>One file of the library: where it is, what it is (sniffed) and its alternative text.</summary>
public sealed class MediaItem : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    /// <summary>The path under the site's media folder, "/"-separated, e.g. "hoi-nghi/anh-dai-hoi.jpg".</summary>
    public string Path { get; set; } = "";

    /// <summary>The folder part of <see cref="Path"/> ("" for the root).</summary>
    public string Folder { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>The name the file had on the uploader's computer (shown, never used as a path).</summary>
    public string OriginalName { get; set; } = "";

    public MediaKind Kind { get; set; }

    /// <summary>The MIME type served, from <see cref="Kind"/>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Bytes of the stored file (after re-encoding).</summary>
    public long Length { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The widths of the derived sizes made for srcset (all narrower than <see cref="Width"/>).</summary>
    public List<int> Widths { get; set; } = [];

    /// <summary>Required before an image may appear in published content.</summary>
    public string AltText { get; set; } = "";

    /// <summary>SHA-256 of the stored file, hex; its prefix versions the URL.</summary>
    public string Hash { get; set; } = "";

    /// <summary>User name of the uploader.</summary>
    public string Owner { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    [JsonIgnore] public bool IsImage => Kind != MediaKind.Pdf;

    [JsonIgnore] public string Version => Hash.Length >= 12 ? Hash[..12] : Hash;
}
