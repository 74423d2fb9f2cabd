using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Services;
using SaRaiCms.Users.ViewModels;

namespace SaRaiCms.Users.Controllers;

/// <summary>Where a sign-in lands until the admin module brings the real dashboard.</summary>
[Authorize]
public sealed class AdminController(UserManager<User> users) : Controller
{
    [HttpGet(UserPolicy.AdminPath)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            // The cookie names a user that no longer exists.
            return Challenge();
        }

        return View("/Areas/SaRaiCms.Users/Views/Admin/Index.cshtml", new AdminHomeViewModel
        {
            UserName = user.UserName,
            Roles = user.Roles.ToList(),
        });
    }
}
