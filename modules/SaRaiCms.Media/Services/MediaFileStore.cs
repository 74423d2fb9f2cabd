using Microsoft.Extensions.Options;
using SaRaiCms.Sites;

namespace SaRaiCms.Media.Services;

/// <summary>
/// The site's media folder, <c>{site DataPath}/Media</c>: originals under their library path,
/// derived sizes under ".sizes/{width}/", uploads in progress under ".tmp/". Every path is
/// resolved and checked to stay inside the folder, whatever the caller passes.
/// </summary>
public sealed class MediaFileStore(SiteContext site, IOptions<MediaOptions> options)
{
    public const string TempFolderName = ".tmp";
    public const string SizesFolderName = ".sizes";

    public string Root { get; } = Path.GetFullPath(Path.Combine(site.DataPath, options.Value.FolderName));

    public string TempFolder => Path.Combine(Root, TempFolderName);

    /// <summary>The file of a library path, or null when the path would leave the media folder.</summary>
    public string? OriginalPath(string relativePath) => Resolve(Root, relativePath);

    public string? SizePath(int width, string relativePath)
        => Resolve(Path.Combine(Root, SizesFolderName, width.ToString(System.Globalization.CultureInfo.InvariantCulture)), relativePath);

    public string? FolderPath(string folder) => folder.Length == 0 ? Root : Resolve(Root, folder);

    /// <summary>A new, unique file name in the media folder's temp folder (created when missing).</summary>
    public string NewTempFile(string suffix)
    {
        Directory.CreateDirectory(TempFolder);
        return Path.Combine(TempFolder, Guid.NewGuid().ToString("N") + suffix);
    }

    /// <summary>Whether a folder exists; the root always does (it is made on the first upload).</summary>
    public bool FolderExists(string folder) => folder.Length == 0 || FolderPath(folder) is { } path && Directory.Exists(path);

    /// <summary>The sub-folders of a folder, by name; the library's own dot folders are not listed.</summary>
    public IReadOnlyList<string> ListFolders(string folder)
    {
        if (FolderPath(folder) is not { } path || !Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateDirectories(path)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(MediaNames.IsSlug)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Creates a folder; false when it would leave the media folder.</summary>
    public bool CreateFolder(string folder)
    {
        if (FolderPath(folder) is not { } path)
        {
            return false;
        }

        Directory.CreateDirectory(path);
        return true;
    }

    public static void DeleteQuietly(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless; the upload's answer matters more.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? Resolve(string baseFolder, string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\\') || relativePath.Contains('\0') || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(baseFolder, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(baseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
