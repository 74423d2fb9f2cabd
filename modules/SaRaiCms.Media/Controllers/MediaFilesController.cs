using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using SaRaiCms.Media.Models;
using SaRaiCms.Media.Services;

namespace SaRaiCms.Media.Controllers;

/// <summary>
/// Serves the library's files: <c>/media/{path}</c> and <c>/media/_sizes/{width}/{path}</c>.
/// Only paths the library stored are answered (anything else, "..", encoded separators, is 404),
/// with the type sniffed at upload and nosniff. URLs carrying the current <c>?v=</c> are cached
/// for a year as immutable; others revalidate after an hour.
/// </summary>
public sealed class MediaFilesController(MediaLibrary library, MediaFileStore files) : Controller
{
    private const string ImmutableCache = "public, max-age=31536000, immutable";
    private const string ShortCache = "public, max-age=3600";

    [HttpGet("/media/_sizes/{width:int}/{**path}")]
    public Task<IActionResult> Size(int width, string? path, string? v, CancellationToken cancellationToken)
        => ServeAsync(path, width, v, cancellationToken);

    [HttpGet("/media/{**path}")]
    public Task<IActionResult> Original(string? path, string? v, CancellationToken cancellationToken)
        => ServeAsync(path, null, v, cancellationToken);

    private async Task<IActionResult> ServeAsync(string? path, int? width, string? version, CancellationToken cancellationToken)
    {
        if (MediaNames.CheckFilePath(path) is not { } checkedPath || await library.GetAsync(checkedPath, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (width is { } w && !item.Widths.Contains(w))
        {
            return NotFound();
        }

        var file = width is { } size ? files.SizePath(size, item.Path) : files.OriginalPath(item.Path);
        if (file is null || !System.IO.File.Exists(file))
        {
            return NotFound();
        }

        var headers = Response.Headers;
        headers.CacheControl = version == item.Version ? ImmutableCache : ShortCache;
        headers.XContentTypeOptions = "nosniff";
        if (item.Kind == MediaKind.Pdf)
        {
            // The stored name is a slug (ASCII letters, digits, "-"), safe in the header as is.
            headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = item.FileName }.ToString();
        }

        return PhysicalFile(file, item.ContentType, lastModified: null, entityTag: new EntityTagHeaderValue("\"" + item.Version + (width is { } ew ? "-" + ew : "") + "\""), enableRangeProcessing: true);
    }
}
