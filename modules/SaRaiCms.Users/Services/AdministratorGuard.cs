using Microsoft.EntityFrameworkCore;
using SaRaiCms.Security;
using SaRaiCms.Store;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Services;

/// <summary>
/// Keeps the site manageable: the last enabled administrator may not be deleted, disabled or
/// lose the Administrator role, or nobody could manage users, roles and settings any more.
/// </summary>
public sealed class AdministratorGuard(IDocumentSession session)
{
    public const string LastAdministratorMessage =
        "Đây là quản trị viên cuối cùng đang hoạt động: không thể xóa, khóa hoặc bỏ vai trò Quản trị viên của tài khoản này. Hãy gán vai trò Administrator cho một người dùng khác trước.";

    public static bool IsAdministrator(IEnumerable<string> roles)
        => roles.Any(r => string.Equals(r, StandardRoles.Administrator, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="user"/> (as stored) is an enabled administrator and no other enabled user has the role.</summary>
    public async Task<bool> IsLastAdministratorAsync(User user, CancellationToken cancellationToken)
    {
        if (!user.IsEnabled || !IsAdministrator(user.Roles))
        {
            return false;
        }

        var administrators = session.Query<UserByRoleIndex>().Where(i => i.RoleName == StandardRoles.Administrator).Select(i => i.DocumentId);
        return !await session.Query<UserIndex>()
            .AnyAsync(i => administrators.Contains(i.DocumentId) && i.IsEnabled && i.DocumentId != user.Id, cancellationToken);
    }
}
