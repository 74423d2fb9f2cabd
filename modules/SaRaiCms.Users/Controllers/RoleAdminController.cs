using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaRaiCms.Admin;
using SaRaiCms.Security;
using SaRaiCms.Store;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Services;
using SaRaiCms.Users.ViewModels;

namespace SaRaiCms.Users.Controllers;

/// <summary>/admin/roles: list, create, edit description and permissions, delete (never Administrator).</summary>
[Admin]
[Authorize(Policy = "perm:ManageRoles")]
[Route(Prefix)]
public sealed class RoleAdminController(
    RoleManager<Role> roles,
    IDocumentSession session,
    RolePermissionCatalog catalog,
    ILogger<RoleAdminController> logger) : Controller
{
    public const string Prefix = "/admin/roles";
    private const string Views = "/Areas/SaRaiCms.Users/Views/RoleAdmin/";
    private const string AdministratorProtected = "Không thể xóa vai trò Administrator: đó là vai trò quản trị của trang.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await session.GetSingletonAsync<SaRaiCms.Sites.RolesDocument>(cancellationToken);
        var counts = await session.Query<UserByRoleIndex>()
            .GroupBy(i => i.RoleName)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Role, x => x.Count, StringComparer.OrdinalIgnoreCase, cancellationToken);
        return View(Views + "Index.cshtml", new RoleListViewModel
        {
            Roles = (document?.Roles ?? [])
                .Select(r => new RoleRow(r.Name, r.Description, counts.GetValueOrDefault(r.Name), IsAdministrator(r.Name)))
                .ToList(),
        });
    }

    [HttpGet("new")]
    public IActionResult Create() => View(Views + "Create.cshtml", new RoleCreateViewModel());

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] RoleCreateViewModel model)
    {
        if (ModelState.IsValid && await roles.FindByNameAsync(model.Name) is not null)
        {
            ModelState.AddModelError(nameof(RoleCreateViewModel.Name), $"Vai trò “{model.Name}” đã có.");
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "Create.cshtml", model);
        }

        var result = await roles.CreateAsync(new Role { Name = model.Name, Description = model.Description?.Trim() ?? "" });
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(RoleCreateViewModel.Name), error.Description);
            }

            return View(Views + "Create.cshtml", model);
        }

        logger.LogInformation("Role {Role} created by {Admin}.", model.Name, User.Identity?.Name);
        TempData.Success($"Đã tạo vai trò “{model.Name}”. Hãy chọn các quyền của vai trò.");
        return Redirect($"{Prefix}/{Uri.EscapeDataString(model.Name)}");
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        return await EditFormAsync(new RoleEditViewModel
        {
            Description = role.Description,
            Permissions = role.Permissions.Distinct(StringComparer.Ordinal).ToDictionary(p => p, _ => true, StringComparer.Ordinal),
        }, role, cancellationToken);
    }

    [HttpPost("{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string name, [FromForm] RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await EditFormAsync(model, role, cancellationToken);
        }

        role.Description = model.Description?.Trim() ?? "";
        if (!IsAdministrator(role.Name))
        {
            var offered = (await catalog.ListAsync(cancellationToken)).SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var ticked = (model.Permissions ?? []).Where(p => p.Value && offered.Contains(p.Key)).Select(p => p.Key);
            // Grants the form does not offer (a recipe's permission no module declares, a type that was removed) are kept.
            role.Permissions = role.Permissions.Where(p => !offered.Contains(p)).Concat(ticked).Distinct(StringComparer.Ordinal).ToList();
        }

        var result = await roles.UpdateAsync(role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return await EditFormAsync(model, role, cancellationToken);
        }

        logger.LogInformation("Role {Role} changed by {Admin}: {Permissions}.", role.Name, User.Identity?.Name, string.Join(", ", role.Permissions));
        TempData.Success($"Đã lưu vai trò “{role.Name}”.");
        return Redirect($"{Prefix}/{Uri.EscapeDataString(role.Name)}");
    }

    [HttpGet("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (IsAdministrator(role.Name))
        {
            TempData.Error(AdministratorProtected);
            return Redirect($"{Prefix}/{Uri.EscapeDataString(role.Name)}");
        }

        return View(Views + "Delete.cshtml", new RoleDeleteViewModel
        {
            Name = role.Name,
            UserCount = await session.Query<UserByRoleIndex>().CountAsync(i => i.RoleName == role.Name, cancellationToken),
        });
    }

    [HttpPost("{name}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteConfirmed(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (IsAdministrator(role.Name))
        {
            TempData.Error(AdministratorProtected);
            return Redirect($"{Prefix}/{Uri.EscapeDataString(role.Name)}");
        }

        var result = await roles.DeleteAsync(role);
        if (!result.Succeeded)
        {
            TempData.Error(string.Join(" ", result.Errors.Select(e => e.Description)));
            return Redirect($"{Prefix}/{Uri.EscapeDataString(role.Name)}");
        }

        logger.LogInformation("Role {Role} deleted by {Admin}.", role.Name, User.Identity?.Name);
        TempData.Success($"Đã xóa vai trò “{role.Name}”; những người dùng có vai trò này không còn giữ nó.");
        return Redirect(Prefix);
    }

    private async Task<ViewResult> EditFormAsync(RoleEditViewModel model, Role role, CancellationToken cancellationToken)
    {
        model.Name = role.Name;
        model.IsAdministrator = IsAdministrator(role.Name);
        model.Groups = await catalog.ListAsync(cancellationToken);
        return View(Views + "Edit.cshtml", model);
    }

    private static bool IsAdministrator(string role) => string.Equals(role, StandardRoles.Administrator, StringComparison.OrdinalIgnoreCase);
}
