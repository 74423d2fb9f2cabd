using System.Security.Claims;
using SaRaiCms.Security;

namespace SaRaiCms.Admin.Services;

/// <summary>
/// Asks every module's <see cref="INavigationProvider"/> for its entries and keeps those the
/// user may open, grouped in <see cref="AdminMenuGroups.Order"/> (other groups after, by name).
/// </summary>
public sealed class AdminMenu(IEnumerable<INavigationProvider> providers, IPermissionChecker permissions) : IAdminMenu
{
    public async Task<IReadOnlyList<AdminMenuSection>> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var builder = new NavigationBuilder();
        foreach (var provider in providers)
        {
            await provider.BuildNavigationAsync(builder, cancellationToken);
        }

        var visible = new List<AdminMenuItem>();
        foreach (var item in builder.Items)
        {
            if (item.Permission is null || await permissions.HasAsync(user, item.Permission, cancellationToken))
            {
                visible.Add(item);
            }
        }

        return visible
            .GroupBy(i => i.Group)
            .OrderBy(g => AdminMenuGroups.Order.IndexOf(g.Key) is var index and >= 0 ? index : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AdminMenuSection(g.Key, g.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
