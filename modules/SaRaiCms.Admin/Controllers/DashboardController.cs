using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin.Services;
using SaRaiCms.Admin.ViewModels;

namespace SaRaiCms.Admin.Controllers;

[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
public sealed class DashboardController(IAdminMenu menu) : Controller
{
    [HttpGet(AdminPaths.Prefix)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View("/Areas/SaRaiCms.Admin/Views/Dashboard/Index.cshtml", new DashboardViewModel
        {
            UserName = User.Identity?.Name ?? "",
            Sections = await menu.BuildAsync(User, cancellationToken),
        });

    /// <summary>Switches the admin's language for this browser.</summary>
    [HttpPost(AdminPaths.Prefix + "/culture")]
    [ValidateAntiForgeryToken]
    public IActionResult Culture([FromForm] string culture, [FromForm] string? returnUrl)
    {
        if (!AdminCulture.Supported.Contains(culture))
        {
            return BadRequest("Ngôn ngữ không được hỗ trợ.");
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : AdminPaths.Prefix);
    }
}
