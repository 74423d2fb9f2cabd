using SaRaiCms.Security;

namespace SaRaiCms.Admin;

/// <summary>One entry of the admin menu. <see cref="Text"/> is the Vietnamese text, also the localisation key.</summary>
public sealed record AdminMenuItem(string Group, string Text, string Url, Permission? Permission = null, double Position = 0);

/// <summary>Collects the menu entries that modules contribute.</summary>
public sealed class NavigationBuilder
{
    private readonly List<AdminMenuItem> _items = [];

    public IReadOnlyList<AdminMenuItem> Items => _items;

    /// <param name="group">The menu section, e.g. <see cref="AdminMenuGroups.Content"/>.</param>
    /// <param name="permission">Shown only to users who hold it; null for every signed-in user.</param>
    public NavigationBuilder Add(string group, string text, string url, Permission? permission = null, double position = 0)
    {
        _items.Add(new AdminMenuItem(group, text, url, permission, position));
        return this;
    }
}

/// <summary>A module's contribution to the admin menu, registered with <c>services.AddNavigationProvider&lt;T&gt;()</c>.</summary>
public interface INavigationProvider
{
    Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken);
}

/// <summary>The standard menu sections, in the order the admin shows them.</summary>
public static class AdminMenuGroups
{
    public const string Content = "Nội dung";
    public const string Media = "Thư viện";
    public const string Security = "Người dùng";
    public const string Configuration = "Cấu hình";

    public static IReadOnlyList<string> Order { get; } = [Content, Media, Security, Configuration];
}

/// <summary>The admin menu for the signed-in user: the entries of every module, filtered by permission.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<AdminMenuSection>> BuildAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

public sealed record AdminMenuSection(string Group, IReadOnlyList<AdminMenuItem> Items);

/// <summary>
/// The admin menu of the current user in ViewData: the admin module builds it for every admin page
/// before the view runs, and the admin theme's layout renders it (layouts inject no services).
/// </summary>
public static class AdminMenuViewData
{
    private const string Key = "SaRaiCms.AdminMenu";

    public static void SetAdminMenu(this Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, IReadOnlyList<AdminMenuSection> menu) => viewData[Key] = menu;

    /// <summary>The sections the user may open; empty when the page was not built as an admin page.</summary>
    public static IReadOnlyList<AdminMenuSection> GetAdminMenu(this Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData)
        => viewData[Key] as IReadOnlyList<AdminMenuSection> ?? [];
}
