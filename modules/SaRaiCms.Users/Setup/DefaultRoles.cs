using Microsoft.AspNetCore.Identity;
using SaRaiCms.Security;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Setup;

/// <summary>The roles every site starts with, with the default grants that modules declare.</summary>
public static class DefaultRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Author = "Author";

    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (Administrator, "Quản trị viên: quản lý toàn bộ trang, người dùng, vai trò và cấu hình."),
        (Editor, "Biên tập viên: biên tập và xuất bản mọi nội dung."),
        (Reviewer, "Người duyệt: xem xét, duyệt nội dung trước khi xuất bản."),
        (Author, "Tác giả: soạn và sửa nội dung của mình, gửi duyệt."),
    ];

    /// <summary>
    /// Creates the roles the site lacks, granting them the defaults every module declares
    /// (<see cref="IPermissionProvider.GetDefaultGrants"/>). A role a recipe (or another setup
    /// step) already made keeps its permissions and its description; only a missing
    /// description is filled in.
    /// </summary>
    public static async Task EnsureAsync(RoleManager<Role> roles, IEnumerable<IPermissionProvider> providers, CancellationToken cancellationToken)
    {
        var grants = providers.SelectMany(p => p.GetDefaultGrants()).ToList();
        foreach (var (name, description) in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var existing = await roles.FindByNameAsync(name);
            IdentityResult result;
            if (existing is null)
            {
                var role = new Role { Name = name, Description = description };
                foreach (var permission in grants.Where(g => g.Role == name).Select(g => g.Permission.Name).Distinct())
                {
                    role.Permissions.Add(permission);
                }

                result = await roles.CreateAsync(role);
            }
            else if (string.IsNullOrWhiteSpace(existing.Description))
            {
                existing.Description = description;
                result = await roles.UpdateAsync(existing);
            }
            else
            {
                continue;
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Role '{name}' could not be set up: {Describe(result)}");
            }
        }
    }

    internal static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
