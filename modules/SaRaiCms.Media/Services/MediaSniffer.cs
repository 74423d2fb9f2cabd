using System.Text;
using SaRaiCms.Media.Models;

namespace SaRaiCms.Media.Services;

/// <summary>What a file's first bytes say it is.</summary>
public enum SniffResult
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Gif,
    Pdf,

    /// <summary>SVG (or any XML/HTML text mentioning &lt;svg): refused, it can carry script.</summary>
    Svg,
}

/// <summary>
/// Decides a file's type from its magic bytes only: the extension and the posted Content-Type
/// are the uploader's claims and are never trusted.
/// </summary>
public static class MediaSniffer
{
    /// <summary>Bytes to read from the start of a file; enough for every signature and an SVG prologue.</summary>
    public const int HeaderLength = 1024;

    public static SniffResult Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffResult.Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffResult.Png;
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffResult.WebP;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return SniffResult.Gif;
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return SniffResult.Pdf;
        }

        return LooksLikeSvg(header) ? SniffResult.Svg : SniffResult.Unknown;
    }

    public static MediaKind? Kind(SniffResult result) => result switch
    {
        SniffResult.Jpeg => MediaKind.Jpeg,
        SniffResult.Png => MediaKind.Png,
        SniffResult.WebP => MediaKind.WebP,
        SniffResult.Gif => MediaKind.Gif,
        SniffResult.Pdf => MediaKind.Pdf,
        _ => null,
    };

    public static string ContentType(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Png => "image/png",
        MediaKind.WebP => "image/webp",
        MediaKind.Gif => "image/gif",
        _ => "application/pdf",
    };

    /// <summary>The extensions a file of this kind may carry; the first is used when the name has none that fits.</summary>
    public static IReadOnlyList<string> Extensions(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => [".jpg", ".jpeg"],
        MediaKind.Png => [".png"],
        MediaKind.WebP => [".webp"],
        MediaKind.Gif => [".gif"],
        _ => [".pdf"],
    };

    /// <summary>Vietnamese name of the kind, for messages.</summary>
    public static string DisplayName(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "ảnh JPEG",
        MediaKind.Png => "ảnh PNG",
        MediaKind.WebP => "ảnh WebP",
        MediaKind.Gif => "ảnh GIF",
        _ => "tệp PDF",
    };

    private static bool LooksLikeSvg(ReadOnlySpan<byte> header)
    {
        // Text files: skip a BOM and whitespace; SVG starts with "<" (XML prologue, doctype, comment or <svg>).
        var text = Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
