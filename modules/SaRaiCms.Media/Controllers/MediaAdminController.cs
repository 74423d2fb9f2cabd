using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SaRaiCms.Admin;
using SaRaiCms.Media.Models;
using SaRaiCms.Media.Security;
using SaRaiCms.Media.Services;
using SaRaiCms.Media.ViewModels;
using SaRaiCms.Security;

namespace SaRaiCms.Media.Controllers;

/// <summary>
/// /admin/media: browse folders, upload, create folders, edit alt texts, delete, and the picker
/// that the rich-text editor and MediaField open. Uploading needs UploadMedia; editing another
/// user's file and deleting need ManageMedia.
/// </summary>
[Admin]
[Authorize(Policy = "perm:UploadMedia")]
[Route("admin/media")]
public sealed class MediaAdminController(MediaLibrary library, MediaFileStore files, IPermissionChecker permissions, IOptions<MediaOptions> options) : Controller
{
    private const string IndexView = "/Areas/SaRaiCms.Media/Views/Admin/Index.cshtml";
    private const string EditView = "/Areas/SaRaiCms.Media/Views/Admin/Edit.cshtml";
    private const string PickerView = "/Areas/SaRaiCms.Media/Views/Admin/Picker.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? folder, int page = 1, CancellationToken cancellationToken = default)
    {
        if (MediaNames.CheckFolderPath(folder) is not { } path || !files.FolderExists(path) && path.Length > 0)
        {
            return NotFound();
        }

        return View(IndexView, await IndexModelAsync(path, page, null, null, null, cancellationToken));
    }

    [HttpPost("upload")]
    [TypeFilter(typeof(MediaUploadLimitFilter), Order = -3000)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Upload([FromQuery] string? folder, IFormFile? file, [FromForm] string? altText, CancellationToken cancellationToken)
    {
        var path = MediaNames.CheckFolderPath(folder) ?? "";
        if (file is null)
        {
            return await RefusedAsync(path, altText, "Chọn một tệp để tải lên.", cancellationToken);
        }

        await using var content = file.OpenReadStream();
        var result = await library.UploadAsync(new MediaUpload(path, file.FileName, content, altText, User.Identity?.Name ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            return await RefusedAsync(path, altText, result.Error!, cancellationToken);
        }

        var item = result.Item!;
        TempData.Success(item.IsImage && item.AltText.Length == 0
            ? $"Đã tải lên “{item.FileName}”. Ảnh chưa có mô tả: hãy thêm mô tả trước khi dùng trong bài đăng."
            : $"Đã tải lên “{item.FileName}”.");
        return Redirect(FolderUrl(path));
    }

    [HttpPost("folders")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateFolder([FromForm] string? parent, [FromForm] string? name, CancellationToken cancellationToken)
    {
        var path = MediaNames.CheckFolderPath(parent) ?? "";
        if (library.CreateFolder(path, name) is not { } created)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(IndexView, await IndexModelAsync(path, 1, null, null, "Tên thư mục cần có chữ hoặc số.", cancellationToken));
        }

        TempData.Success($"Đã tạo thư mục “{created}”.");
        return Redirect(FolderUrl(created));
    }

    [HttpGet("edit")]
    public async Task<IActionResult> Edit(string? path, CancellationToken cancellationToken)
    {
        if (await FindAsync(path, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!await MayEditAsync(item, cancellationToken))
        {
            return Forbid();
        }

        return View(EditView, new MediaEditViewModel { Item = item, AltText = item.AltText, CanManage = await CanManageAsync(cancellationToken) });
    }

    [HttpPost("edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromQuery] string? path, [FromForm] string? altText, CancellationToken cancellationToken)
    {
        if (await FindAsync(path, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!await MayEditAsync(item, cancellationToken))
        {
            return Forbid();
        }

        if (item.IsImage && string.IsNullOrWhiteSpace(altText))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(EditView, new MediaEditViewModel { Item = item, AltText = altText, Error = "Nhập mô tả ảnh: người dùng trình đọc màn hình nghe mô tả này thay cho ảnh.", CanManage = await CanManageAsync(cancellationToken) });
        }

        await library.UpdateAltTextAsync(item, altText, cancellationToken);
        TempData.Success($"Đã lưu mô tả của “{item.FileName}”.");
        return Redirect(FolderUrl(item.Folder));
    }

    [HttpPost("delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete([FromForm] string? path, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync(cancellationToken))
        {
            return Forbid();
        }

        if (await FindAsync(path, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        await library.DeleteAsync(item, cancellationToken);
        TempData.Success($"Đã xoá “{item.FileName}”.");
        return Redirect(FolderUrl(item.Folder));
    }

    /// <summary>The library in a small window: choosing a file sends its URL and alt text back to the opener.</summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? type, string? target, string? folder, int page = 1, CancellationToken cancellationToken = default)
    {
        if (MediaNames.CheckFolderPath(folder) is not { } path || !files.FolderExists(path) && path.Length > 0)
        {
            return NotFound();
        }

        var imagesOnly = type == "image";
        var (items, total) = await library.ListAsync(path, imagesOnly, page, cancellationToken);
        return View(PickerView, new MediaPickerViewModel
        {
            Folder = path,
            Crumbs = Crumbs(path),
            Folders = files.ListFolders(path),
            Items = items,
            ImagesOnly = imagesOnly,
            Target = target is { Length: > 0 and <= 200 } && target.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? target : null,
            Page = Math.Max(page, 1),
            PageCount = PageCount(total),
        });
    }

    private async Task<IActionResult> RefusedAsync(string folder, string? altText, string error, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(IndexView, await IndexModelAsync(folder, 1, altText, error, null, cancellationToken));
    }

    private async Task<MediaIndexViewModel> IndexModelAsync(string folder, int page, string? altText, string? uploadError, string? folderError, CancellationToken cancellationToken)
    {
        var (items, total) = await library.ListAsync(folder, imagesOnly: false, page, cancellationToken);
        return new MediaIndexViewModel
        {
            Folder = folder,
            Crumbs = Crumbs(folder),
            Folders = files.ListFolders(folder),
            Items = items,
            Page = Math.Max(page, 1),
            PageCount = PageCount(total),
            CanManage = await CanManageAsync(cancellationToken),
            CurrentUser = User.Identity?.Name ?? "",
            MaxFileBytes = options.Value.MaxFileBytes,
            AltText = altText,
            UploadError = uploadError,
            FolderError = folderError,
        };
    }

    private async Task<MediaItem?> FindAsync(string? path, CancellationToken cancellationToken)
        => MediaNames.CheckFilePath(path) is { } checkedPath ? await library.GetAsync(checkedPath, cancellationToken) : null;

    private async Task<bool> MayEditAsync(MediaItem item, CancellationToken cancellationToken)
        => item.Owner == User.Identity?.Name || await CanManageAsync(cancellationToken);

    private Task<bool> CanManageAsync(CancellationToken cancellationToken) => permissions.HasAsync(User, MediaPermissions.ManageMedia, cancellationToken);

    private int PageCount(int total) => Math.Max(1, (total + options.Value.PageSize - 1) / options.Value.PageSize);

    private static string FolderUrl(string folder) => "/admin/media" + (folder.Length > 0 ? "?folder=" + Uri.EscapeDataString(folder) : "");

    private static IReadOnlyList<FolderCrumb> Crumbs(string folder)
    {
        var crumbs = new List<FolderCrumb>();
        var path = "";
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = path.Length == 0 ? segment : path + "/" + segment;
            crumbs.Add(new FolderCrumb(segment, path));
        }

        return crumbs;
    }
}
