using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Sites;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Services;

namespace SaRaiCms.Users.Setup;

/// <summary>
/// Site setup: the default roles, then the first administrator, from SaRaiCms:Admin. It runs
/// inside the setup transaction, so an administrator that cannot be made (a password the
/// policy refuses) fails the whole setup, which is retried at the next start.
/// </summary>
public sealed class AdministratorSetupHandler(
    UserManager<User> users,
    RoleManager<Role> roles,
    IOptions<SaRaiCmsOptions> options,
    IIdGenerator ids,
    IEnumerable<SaRaiCms.Security.IPermissionProvider> permissionProviders,
    ILogger<AdministratorSetupHandler> logger) : ISiteSetupHandler
{
    public async Task SetupAsync(SiteSetupContext context)
    {
        var cancellationToken = context.CancellationToken;
        await DefaultRoles.EnsureAsync(roles, permissionProviders, cancellationToken);

        var admin = options.Value.Admin;
        var userName = string.IsNullOrWhiteSpace(admin.UserName) ? "admin" : admin.UserName.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            // A recipe (or an import) already made this account; setup does not replace it or its password.
            logger.LogInformation("User {UserName} already exists; no administrator created at setup.", userName);
            return;
        }

        var generated = string.IsNullOrEmpty(admin.Password);
        var password = generated ? PasswordGenerator.Generate(users.Options.Password) : admin.Password!;
        var user = new User
        {
            // The id the setup recipe gave as Owner to the content it made, so that content is this user's.
            UserId = context.Parameters.TryGetValue("AdminUserId", out var id) && !string.IsNullOrWhiteSpace(id) ? id : ids.GenerateUniqueId(),
            UserName = userName,
            Email = string.IsNullOrWhiteSpace(admin.Email) ? null : admin.Email.Trim(),
        };

        cancellationToken.ThrowIfCancellationRequested();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (!generated && created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
            {
                var policy = users.Options.Password;
                throw new InvalidOperationException(
                    $"The administrator password in SaRaiCms:Admin:Password does not meet the password policy: {DefaultRoles.Describe(created)} " +
                    $"Use at least {policy.RequiredLength} characters with a digit, an upper-case and a lower-case letter, " +
                    "or leave SaRaiCms:Admin:Password empty to have a password generated. Site setup was rolled back.");
            }

            throw new InvalidOperationException($"The administrator '{userName}' could not be created: {DefaultRoles.Describe(created)} Site setup was rolled back.");
        }

        var inRole = await users.AddToRoleAsync(user, DefaultRoles.Administrator);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"The administrator '{userName}' could not be given the {DefaultRoles.Administrator} role: {DefaultRoles.Describe(inRole)}");
        }

        if (generated)
        {
            context.Messages.Add($"Tài khoản quản trị: {userName} / mật khẩu: {password}  (chỉ hiển thị một lần; hãy đổi mật khẩu sau khi đăng nhập)");
        }
    }
}
