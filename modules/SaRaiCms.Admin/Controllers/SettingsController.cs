using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaRaiCms.Admin.Services;
using SaRaiCms.Admin.ViewModels;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Admin.Controllers;

/// <summary>
/// /admin/settings: the site's <see cref="SiteSettings"/> document, the one the setup recipe's
/// Settings step writes and public pages read on each request.
/// </summary>
[Admin]
[Authorize(Policy = "perm:ManageSettings")]
public sealed class SettingsController(
    IDocumentSession session,
    TimeZoneCatalog timeZones,
    ModuleCatalog modules,
    IEnumerable<SaRaiCms.Caching.ISitePageCache> pageCaches,
    ILogger<SettingsController> logger) : Controller
{
    public const string Path = AdminPaths.Prefix + "/settings";
    private const string FormView = "/Areas/SaRaiCms.Admin/Views/Settings/Index.cshtml";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var contact = settings.GetProperty<SiteContactSettings>(SiteContactSettings.Key);
        return Form(new SiteSettingsViewModel
        {
            SiteName = settings.SiteName,
            EmblemPath = settings.GetProperty<SiteBrandingSettings>(SiteBrandingSettings.Key).EmblemPath,
            ThemeId = settings.CurrentThemeName,
            Address = contact.Address,
            Phone = contact.Phone,
            Fax = contact.Fax,
            Email = contact.Email,
            HomeRoute = settings.HomeRoute,
            PageSize = settings.PageSize,
            TimeZoneId = settings.TimeZoneId,
            Culture = settings.Culture,
        });
    }

    [HttpPost(Path)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([FromForm] SiteSettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(model.TimeZoneId) && !TimeZoneCatalog.IsValid(model.TimeZoneId))
        {
            ModelState.AddModelError(nameof(model.TimeZoneId), $"Múi giờ “{model.TimeZoneId}” không có; hãy chọn một múi giờ trong danh sách (ví dụ Asia/Ho_Chi_Minh).");
        }

        if (!string.IsNullOrWhiteSpace(model.Culture) && !AdminCulture.Supported.Contains(model.Culture))
        {
            ModelState.AddModelError(nameof(model.Culture), "Ngôn ngữ mặc định chỉ có thể là tiếng Việt (vi-VN) hoặc tiếng Anh (en).");
        }

        var theme = Clean(model.ThemeId);
        if (theme is not null && !modules.PublicThemes.Any(t => t.Id == theme))
        {
            ModelState.AddModelError(nameof(model.ThemeId), $"Giao diện “{theme}” không có; hãy chọn một giao diện trong danh sách.");
        }

        var home = Clean(model.HomeRoute);
        if (home is not null && ModelState.IsValid && !await IsHomeRouteValidAsync(home, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.HomeRoute), $"“{home}” không phải đường dẫn (bắt đầu bằng /) hay mã của một nội dung có trên trang.");
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        settings.SiteName = model.SiteName.Trim();
        settings.HomeRoute = home;
        settings.CurrentThemeName = theme;
        settings.PageSize = model.PageSize!.Value;
        settings.TimeZoneId = model.TimeZoneId;
        settings.Culture = model.Culture;
        var contact = settings.GetProperty<SiteContactSettings>(SiteContactSettings.Key);
        contact.Address = Clean(model.Address);
        contact.Phone = Clean(model.Phone);
        contact.Fax = Clean(model.Fax);
        contact.Email = Clean(model.Email);
        settings.SetProperty(SiteContactSettings.Key, contact);
        var branding = settings.GetProperty<SiteBrandingSettings>(SiteBrandingSettings.Key);
        branding.EmblemPath = Clean(model.EmblemPath);
        settings.SetProperty(SiteBrandingSettings.Key, branding);

        session.Save(settings);
        // The name, theme, contacts, emblem and page size show on every public page.
        foreach (var cache in pageCaches)
        {
            cache.EvictAllAfterCommit();
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Cấu hình vừa được người khác thay đổi; chưa lưu gì. Hãy tải lại trang rồi sửa lại.");
            return Form(model);
        }

        logger.LogInformation("Site settings changed by {Admin}.", User.Identity?.Name);
        TempData.Success("Đã lưu cấu hình. Trang công khai hiển thị thay đổi ngay.");
        return Redirect(Path);
    }

    private ViewResult Form(SiteSettingsViewModel model)
    {
        model.TimeZones = timeZones.All;
        model.Themes = modules.PublicThemes.Select(t => new ThemeChoice(t.Id, t.Manifest.Name)).ToList();
        return View(FormView, model);
    }

    /// <summary>A path on the site, or the id of a content item that exists.</summary>
    private async Task<bool> IsHomeRouteValidAsync(string home, CancellationToken cancellationToken)
        => home.StartsWith('/')
            ? System.Text.RegularExpressions.Regex.IsMatch(home, SiteSettingsViewModel.PathPattern)
            : await session.Query<ContentItemIndex>().AnyAsync(i => i.ContentItemId == home, cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
