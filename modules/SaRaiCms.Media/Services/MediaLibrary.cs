using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SaRaiCms.Media.Indexes;
using SaRaiCms.Media.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Media.Services;

/// <summary>An upload as received: the uploader's file name and content are untrusted.</summary>
public sealed record MediaUpload(string Folder, string? FileName, Stream Content, string? AltText, string Owner);

/// <summary>The stored item, or the Vietnamese reason the file was refused (then nothing was written).</summary>
public sealed record MediaUploadResult(MediaItem? Item, string? Error)
{
    public bool Succeeded => Item is not null;
}

/// <summary>
/// The media library of the current site: uploads (every check first, in the media folder's temp
/// folder; the file is moved into place only when all passed), listing, alt text, deletion.
/// </summary>
public sealed class MediaLibrary(
    IDocumentSession session,
    MediaFileStore files,
    MediaNames names,
    ImageProcessor images,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    private const int CopyBufferSize = 81920;

    public Task<MediaItem?> GetAsync(string path, CancellationToken cancellationToken = default)
        => session.FirstOrDefaultAsync<MediaItem, MediaItemIndex>(session.Query<MediaItemIndex>().Where(i => i.Path == path), cancellationToken);

    /// <summary>The items of the given paths that are in the library, by path.</summary>
    public async Task<IReadOnlyDictionary<string, MediaItem>> GetManyAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default)
    {
        if (paths.Count == 0)
        {
            return new Dictionary<string, MediaItem>();
        }

        var list = paths.Distinct().ToList();
        var items = await session.ListAsync<MediaItem, MediaItemIndex>(session.Query<MediaItemIndex>().Where(i => list.Contains(i.Path)), cancellationToken);
        return items.ToDictionary(i => i.Path, StringComparer.Ordinal);
    }

    public async Task<(IReadOnlyList<MediaItem> Items, int Total)> ListAsync(string folder, bool imagesOnly, int page, CancellationToken cancellationToken = default)
    {
        var query = session.Query<MediaItemIndex>().Where(i => i.Folder == folder);
        if (imagesOnly)
        {
            query = query.Where(i => i.IsImage);
        }

        var total = query.Count();
        var size = options.Value.PageSize;
        var items = await session.ListAsync<MediaItem, MediaItemIndex>(
            query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id).Skip((Math.Max(page, 1) - 1) * size).Take(size), cancellationToken);
        return (items, total);
    }

    public async Task<MediaUploadResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default)
    {
        if (MediaNames.CheckFolderPath(upload.Folder) is not { } folder || !files.FolderExists(folder))
        {
            return Refused("Thư mục không tồn tại.");
        }

        var shownName = Shown(upload.FileName);
        if (MediaNames.CheckOriginalName(upload.FileName) is not { } originalName)
        {
            return Refused($"Tên tệp “{shownName}” không hợp lệ: tên tệp không được chứa đường dẫn (/, \\, ..), ổ đĩa hay ký tự điều khiển.");
        }

        var extension = Path.GetExtension(originalName).ToLowerInvariant();
        if (extension == ".svg" || extension == ".svgz")
        {
            return Refused($"Không nhận tệp SVG (“{shownName}”): tệp SVG có thể chứa mã chạy trên trang.");
        }

        var temps = new List<string>();
        string NewTemp(string suffix)
        {
            var temp = files.NewTempFile(suffix);
            temps.Add(temp);
            return temp;
        }

        try
        {
            var uploaded = NewTemp(".upload");
            var length = await CopyWithLimitAsync(upload.Content, uploaded, options.Value.MaxFileBytes, cancellationToken);
            if (length < 0)
            {
                return Refused($"Tệp “{shownName}” lớn hơn giới hạn {FormatBytes(options.Value.MaxFileBytes)}.");
            }

            if (length == 0)
            {
                return Refused($"Tệp “{shownName}” rỗng.");
            }

            var sniffed = await SniffAsync(uploaded, cancellationToken);
            if (sniffed == SniffResult.Svg)
            {
                return Refused($"Không nhận tệp SVG (“{shownName}”): tệp SVG có thể chứa mã chạy trên trang.");
            }

            if (MediaSniffer.Kind(sniffed) is not { } kind)
            {
                return Refused($"Tệp “{shownName}” không phải ảnh JPEG, PNG, WebP, GIF hay tệp PDF (kiểm tra theo nội dung tệp, không theo đuôi tên).");
            }

            if (!MediaSniffer.Extensions(kind).Contains(extension))
            {
                return Refused($"Tệp “{shownName}” thực chất là {MediaSniffer.DisplayName(kind)}, không khớp với đuôi “{extension}”. Hãy đặt đúng đuôi ({string.Join(", ", MediaSniffer.Extensions(kind))}) rồi tải lên lại.");
            }

            var item = new MediaItem
            {
                OriginalName = originalName,
                Kind = kind,
                ContentType = MediaSniffer.ContentType(kind),
                AltText = CleanAlt(upload.AltText),
                Owner = upload.Owner,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                Folder = folder,
            };

            var stored = uploaded;
            IReadOnlyList<DerivedImage> sizes = [];
            if (item.IsImage)
            {
                var (image, error) = await images.ProcessAsync(uploaded, kind, NewTemp, cancellationToken);
                if (image is null)
                {
                    return Refused($"Ảnh “{shownName}”: {error!.Message}.");
                }

                stored = image.OriginalFile;
                sizes = image.Sizes;
                item.Width = image.Width;
                item.Height = image.Height;
                item.Widths = [.. sizes.Select(s => s.Width).Order()];
            }

            item.Length = new FileInfo(stored).Length;
            item.Hash = await HashAsync(stored, cancellationToken);
            var placed = Place(stored, folder, names.BaseName(originalName), extension == ".jpeg" ? ".jpg" : extension, item);
            try
            {
                foreach (var size in sizes)
                {
                    var target = files.SizePath(size.Width, item.Path)!;
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(size.File, target, overwrite: true);
                    placed.Add(target);
                }

                session.Save(item);
                await session.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                placed.ForEach(MediaFileStore.DeleteQuietly);
                throw;
            }

            return new MediaUploadResult(item, null);
        }
        finally
        {
            temps.ForEach(MediaFileStore.DeleteQuietly);
        }
    }

    public async Task UpdateAltTextAsync(MediaItem item, string? altText, CancellationToken cancellationToken = default)
    {
        item.AltText = CleanAlt(altText);
        session.Save(item);
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the item and its files (original and derived sizes).</summary>
    public async Task DeleteAsync(MediaItem item, CancellationToken cancellationToken = default)
    {
        session.Delete(item);
        await session.SaveChangesAsync(cancellationToken);
        MediaFileStore.DeleteQuietly(files.OriginalPath(item.Path));
        foreach (var width in item.Widths)
        {
            MediaFileStore.DeleteQuietly(files.SizePath(width, item.Path));
        }
    }

    /// <summary>Creates a sub-folder (name slugged); its path, or null when the name has nothing usable.</summary>
    public string? CreateFolder(string parent, string? name)
    {
        if (MediaNames.CheckFolderPath(parent) is not { } folder || !files.FolderExists(folder) || names.FolderName(name) is not { } slug)
        {
            return null;
        }

        var path = folder.Length == 0 ? slug : folder + "/" + slug;
        return files.CreateFolder(path) ? path : null;
    }

    /// <summary>
    /// Moves the file to the first free name ("ten.jpg", "ten-2.jpg", …). The move itself claims
    /// the name (it fails when the file exists), so two uploads at once never share one.
    /// </summary>
    private List<string> Place(string source, string folder, string baseName, string extension, MediaItem item)
    {
        for (var n = 1; ; n++)
        {
            var fileName = baseName + (n == 1 ? "" : "-" + n.ToString(CultureInfo.InvariantCulture)) + extension;
            var path = folder.Length == 0 ? fileName : folder + "/" + fileName;
            var target = files.OriginalPath(path) ?? throw new InvalidOperationException("A slugged media path left the media folder.");
            if (File.Exists(target))
            {
                continue;
            }

            try
            {
                File.Move(source, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                continue;
            }

            item.FileName = fileName;
            item.Path = path;
            return [target];
        }
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; -1 when the stream holds more (the length header is not trusted).</summary>
    private static async Task<long> CopyWithLimitAsync(Stream source, string target, long limit, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true);
        var buffer = new byte[CopyBufferSize];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return -1;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static async Task<SniffResult> SniffAsync(string file, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        var header = new byte[MediaSniffer.HeaderLength];
        var length = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return MediaSniffer.Sniff(header.AsSpan(0, length));
    }

    private static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(input, cancellationToken));
    }

    private static string CleanAlt(string? alt) => (alt ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();

    private static string Shown(string? name)
    {
        var shown = new string((name ?? "").Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return shown.Length > 80 ? shown[..80] + "…" : shown;
    }

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " byte",
    };

    private static MediaUploadResult Refused(string message) => new(null, message);
}
