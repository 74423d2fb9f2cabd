using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.Admin;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Services;
using SaRaiCms.Users.ViewModels;

namespace SaRaiCms.Users.Controllers;

/// <summary>/admin/users: list, create, edit (e-mail and roles), enable and disable, unlock, set a password, delete.</summary>
[Admin]
[Authorize(Policy = "perm:ManageUsers")]
[Route(Prefix)]
public sealed class UserAdminController(
    UserManager<User> users,
    IDocumentSession session,
    ILookupNormalizer normalizer,
    AdministratorGuard guard,
    TimeProvider clock,
    IOptions<IdentityOptions> identity,
    ILogger<UserAdminController> logger) : Controller
{
    public const string Prefix = "/admin/users";
    public const int PageSize = 20;
    private const string Views = "/Areas/SaRaiCms.Users/Views/UserAdmin/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        var query = session.Query<UserIndex>();
        var text = (q ?? "").Trim();
        if (text.Length > 0)
        {
            var normalized = normalizer.NormalizeName(text);
            query = query.Where(i => i.NormalizedUserName.Contains(normalized));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        page = Math.Clamp(page, 1, pageCount);
        var found = await session.ListAsync<User, UserIndex>(
            query.OrderBy(i => i.NormalizedUserName).Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        var now = clock.GetUtcNow();
        return View(Views + "Index.cshtml", new UserListViewModel
        {
            Query = text,
            Page = page,
            PageCount = pageCount,
            Total = total,
            Users = found.Select(u => new UserRow(u.UserId, u.UserName, u.Email, u.Roles, u.IsEnabled, IsLockedOut(u, now))).ToList(),
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
        => CreateForm(new UserCreateViewModel { AvailableRoles = await RolesAsync(cancellationToken) });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] UserCreateViewModel model, CancellationToken cancellationToken)
    {
        var available = await RolesAsync(cancellationToken);
        model.AvailableRoles = available;
        model.Password ??= "";
        if (!ModelState.IsValid)
        {
            return CreateForm(model);
        }

        var user = new User
        {
            UserName = model.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim(),
            // The roles go in with the user in one write, so a user never exists half made.
            Roles = Selected(model.Roles, available),
        };
        cancellationToken.ThrowIfCancellationRequested();
        var result = await users.CreateAsync(user, model.Password);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(UserCreateViewModel.UserName), nameof(UserCreateViewModel.Email), nameof(UserCreateViewModel.Password));
            return CreateForm(model);
        }

        logger.LogInformation("User {UserName} created by {Admin} with roles {Roles}.", user.UserName, User.Identity?.Name, string.Join(", ", user.Roles));
        TempData.Success($"Đã tạo người dùng “{user.UserName}”.");
        return Redirect($"{Prefix}/{user.UserId}");
    }

    [HttpGet("{userId}")]
    public async Task<IActionResult> Edit(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        var available = await RolesAsync(cancellationToken);
        return EditForm(new UserEditViewModel
        {
            Email = user.Email,
            Roles = available.ToDictionary(r => r.Name, r => user.Roles.Contains(r.Name, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase),
        }, user, available);
    }

    [HttpPost("{userId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string userId, [FromForm] UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        var available = await RolesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return EditForm(model, user, available);
        }

        var roles = Selected(model.Roles, available);
        // Roles the form did not offer (not in the roles document any more) are left as they are.
        roles.AddRange(user.Roles.Where(r => !available.Any(a => string.Equals(a.Name, r, StringComparison.OrdinalIgnoreCase))));
        if (!AdministratorGuard.IsAdministrator(roles) && await guard.IsLastAdministratorAsync(user, cancellationToken))
        {
            ModelState.AddModelError(nameof(UserEditViewModel.Roles), AdministratorGuard.LastAdministratorMessage);
            return EditForm(model, user, available);
        }

        user.Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim();
        user.Roles = roles;
        // A new security stamp makes the user's open sessions pick up the new roles when the cookie is revalidated.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(UserEditViewModel.UserName), nameof(UserEditViewModel.Email), null);
            return EditForm(model, user, available);
        }

        logger.LogInformation("User {UserName} changed by {Admin}: roles {Roles}.", user.UserName, User.Identity?.Name, string.Join(", ", user.Roles));
        TempData.Success($"Đã lưu người dùng “{user.UserName}”.");
        return Redirect($"{Prefix}/{user.UserId}");
    }

    [HttpPost("{userId}/disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (await guard.IsLastAdministratorAsync(user, cancellationToken))
        {
            TempData.Error(AdministratorGuard.LastAdministratorMessage);
            return Redirect($"{Prefix}/{user.UserId}");
        }

        user.IsEnabled = false;
        // The new stamp ends the sessions the user already has at the next cookie revalidation.
        return Saved(user, await users.UpdateSecurityStampAsync(user), $"Đã khóa tài khoản “{user.UserName}”: người này không đăng nhập được nữa.");
    }

    [HttpPost("{userId}/enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        user.IsEnabled = true;
        return Saved(user, await users.UpdateAsync(user), $"Đã mở lại tài khoản “{user.UserName}”.");
    }

    [HttpPost("{userId}/unlock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        user.AccessFailedCount = 0;
        return Saved(user, await users.SetLockoutEndDateAsync(user, null), $"Đã mở khóa tạm thời cho “{user.UserName}”.");
    }

    [HttpGet("{userId}/password")]
    public async Task<IActionResult> Password(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? NotFound() : PasswordForm(new UserPasswordViewModel(), user);
    }

    /// <summary>Sets the password the admin typed, or (<paramref name="generate"/>) a generated one shown once in this reply.</summary>
    [HttpPost("{userId}/password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Password(string userId, [FromForm] UserPasswordViewModel model, [FromForm] string? generate, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        var generated = !string.IsNullOrEmpty(generate);
        var password = generated ? PasswordGenerator.Generate(users.Options.Password) : model.NewPassword ?? "";
        model.NewPassword = null;
        if (!generated && password.Length == 0)
        {
            ModelState.AddModelError(nameof(UserPasswordViewModel.NewPassword), "Hãy nhập mật khẩu mới, hoặc chọn “Tạo mật khẩu ngẫu nhiên”.");
        }

        if (!ModelState.IsValid)
        {
            return PasswordForm(model, user);
        }

        // Check the policy before touching the account: removing the old password and then
        // failing to add the new one would leave the user with none.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded)
            {
                AddErrors(check, null, null, nameof(UserPasswordViewModel.NewPassword));
                return PasswordForm(model, user);
            }
        }

        IdentityResult result;
        await using (var transaction = await session.BeginTransactionAsync(cancellationToken))
        {
            result = await users.RemovePasswordAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddPasswordAsync(user, password);
            }

            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (!result.Succeeded)
        {
            AddErrors(result, null, null, nameof(UserPasswordViewModel.NewPassword));
            return PasswordForm(model, user);
        }

        logger.LogInformation("Password of {UserName} set by {Admin}.", user.UserName, User.Identity?.Name);
        if (!generated)
        {
            TempData.Success($"Đã đặt mật khẩu mới cho “{user.UserName}”.");
            return Redirect($"{Prefix}/{user.UserId}");
        }

        // Shown in this reply only (admin pages are no-store); it is never kept anywhere but as a hash.
        model.GeneratedPassword = password;
        return PasswordForm(model, user);
    }

    [HttpGet("{userId}/delete")]
    public async Task<IActionResult> Delete(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? NotFound() : View(Views + "Delete.cshtml", new UserDeleteViewModel { UserId = user.UserId, UserName = user.UserName });
    }

    [HttpPost("{userId}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteConfirmed(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (await guard.IsLastAdministratorAsync(user, cancellationToken))
        {
            TempData.Error(AdministratorGuard.LastAdministratorMessage);
            return Redirect($"{Prefix}/{user.UserId}");
        }

        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            TempData.Error(Describe(result));
            return Redirect($"{Prefix}/{user.UserId}");
        }

        logger.LogInformation("User {UserName} deleted by {Admin}.", user.UserName, User.Identity?.Name);
        TempData.Success($"Đã xóa người dùng “{user.UserName}”. Nội dung người này đã tạo vẫn được giữ.");
        return Redirect(Prefix);
    }

    private RedirectResult Saved(User user, IdentityResult result, string message)
    {
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} changed by {Admin}: {Change}", user.UserName, User.Identity?.Name, message);
            TempData.Success(message);
        }
        else
        {
            TempData.Error(Describe(result));
        }

        return Redirect($"{Prefix}/{user.UserId}");
    }

    private ViewResult CreateForm(UserCreateViewModel model)
    {
        // The password is never sent back to the browser.
        model.Password = "";
        model.PasswordMinLength = identity.Value.Password.RequiredLength;
        return View(Views + "Create.cshtml", model);
    }

    private ViewResult EditForm(UserEditViewModel model, User user, IReadOnlyList<RoleChoice> available)
    {
        model.UserId = user.UserId;
        model.UserName = user.UserName;
        model.IsEnabled = user.IsEnabled;
        model.LockedOutUntil = IsLockedOut(user, clock.GetUtcNow()) ? user.LockoutEnd : null;
        model.CreatedUtc = user.CreatedUtc;
        model.AvailableRoles = available;
        return View(Views + "Edit.cshtml", model);
    }

    private ViewResult PasswordForm(UserPasswordViewModel model, User user)
    {
        model.UserId = user.UserId;
        model.UserName = user.UserName;
        model.PasswordMinLength = identity.Value.Password.RequiredLength;
        return View(Views + "Password.cshtml", model);
    }

    private async Task<IReadOnlyList<RoleChoice>> RolesAsync(CancellationToken cancellationToken)
        => ((await session.GetSingletonAsync<RolesDocument>(cancellationToken))?.Roles ?? [])
            .Select(r => new RoleChoice(r.Name, r.Description))
            .ToList();

    /// <summary>The ticked roles that exist, spelled as the roles document spells them.</summary>
    private static List<string> Selected(Dictionary<string, bool>? posted, IReadOnlyList<RoleChoice> available)
        => available.Where(r => posted?.Any(p => p.Value && string.Equals(p.Key, r.Name, StringComparison.OrdinalIgnoreCase)) == true).Select(r => r.Name).ToList();

    private static bool IsLockedOut(User user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;

    /// <summary>
    /// Puts Identity's errors under the field they are about, all of a field's in one message
    /// (a field shows one message, and a weak password should list everything it lacks).
    /// </summary>
    private void AddErrors(IdentityResult result, string? userNameField, string? emailField, string? passwordField)
    {
        var byField = result.Errors.GroupBy(error => error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
            nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => userNameField,
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => emailField,
            _ => null,
        } ?? string.Empty);
        foreach (var field in byField)
        {
            ModelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
        }
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
