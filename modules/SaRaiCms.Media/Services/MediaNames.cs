using SaRaiCms.Text;

namespace SaRaiCms.Media.Services;

/// <summary>
/// Turns untrusted names into safe ones. File and folder names become slugs ("Ảnh Đại hội.JPG"
/// → "anh-dai-hoi.jpg"): only a–z, 0–9 and "-", so they can never name a parent folder, an
/// absolute path, a hidden file or the library's own ".tmp" and ".sizes" folders.
/// </summary>
public sealed class MediaNames(ISlugService slugs)
{
    private const int MaxBaseLength = 80;

    /// <summary>
    /// The uploader's name, or null when it tries to be a path (separators, "..", a drive, NUL and
    /// other control characters): browsers send only a base name, anything else is tampering.
    /// </summary>
    public static string? CheckOriginalName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            return null;
        }

        if (name.Any(char.IsControl) || name.Contains('/') || name.Contains('\\') || name.Contains(':') || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return name.Trim();
    }

    /// <summary>The slugged base name without extension ("Ảnh hội nghị" → "anh-hoi-nghi"), "tep" when nothing is left.</summary>
    public string BaseName(string originalName)
    {
        var slug = slugs.Slugify(Path.GetFileNameWithoutExtension(originalName));
        if (slug.Length > MaxBaseLength)
        {
            slug = slug[..MaxBaseLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "tep" : slug;
    }

    /// <summary>A folder name made safe, or null when nothing usable is left.</summary>
    public string? FolderName(string? name)
    {
        var slug = slugs.Slugify(name ?? "");
        if (slug.Length > MaxBaseLength)
        {
            slug = slug[..MaxBaseLength].TrimEnd('-');
        }

        return slug.Length == 0 ? null : slug;
    }

    /// <summary>A folder path from a query string ("hoi-nghi/2024"), or null unless every segment is already a slug.</summary>
    public static string? CheckFolderPath(string? folder)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return "";
        }

        var segments = folder.Split('/');
        return segments.Length <= 8 && segments.All(IsSlug) ? folder : null;
    }

    /// <summary>A stored file path ("hoi-nghi/anh.jpg"), or null when it is not one the library could have made.</summary>
    public static string? CheckFilePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.StartsWith('/'))
        {
            return null;
        }

        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..slash];
        var file = path[(slash + 1)..];
        var dot = file.LastIndexOf('.');
        if (dot <= 0 || CheckFolderPath(folder) is null || !IsSlug(file[..dot]))
        {
            return null;
        }

        var extension = file[dot..];
        return extension is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif" or ".pdf" ? path : null;
    }

    public static bool IsSlug(string segment)
        => segment.Length is > 0 and <= 120
           && segment.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
           && !segment.StartsWith('-') && !segment.EndsWith('-');
}
