namespace SaRaiCms.Display;

/// <summary>
/// The current site's themes, read from its settings (<see cref="Sites.SiteSettings.CurrentThemeName"/>).
/// A site with no public theme, or one naming a theme the host does not have, renders with the
/// plain layout and the modules' own views.
/// </summary>
public interface IThemeAccessor
{
    /// <summary>The module id of the site's public theme, or null for none.</summary>
    Task<string?> GetSiteThemeAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Where page views and layouts are found for a theme: a module's page view
/// <c>/Areas/{Module}/{Folder}/{Name}.cshtml</c> is replaced by the theme's
/// <c>/Areas/{Theme}/{Folder}/{Name}.cshtml</c> when the theme ships one (the same
/// "same file name wins" rule as shapes), and the public layout is the theme's
/// <c>Views/Shared/_Layout.cshtml</c>, else <see cref="ThemingOptions.FallbackLayout"/>.
/// </summary>
public interface IThemeViewLocator
{
    string Resolve(string moduleViewPath, string? themeId);

    string LayoutPath(string? themeId);
}

/// <summary>The views the platform falls back on when the site's theme has none (the Contents module sets them).</summary>
public sealed class ThemingOptions
{
    /// <summary>The public layout of a site without a theme (or of a theme without a layout).</summary>
    public string? FallbackLayout { get; set; }

    /// <summary>The page view rendered, with the public layout, when a request fails (500).</summary>
    public string? ErrorView { get; set; }

    /// <summary>The page view of a public address that shows nothing (404), with the path as its model; any module's page may answer with it.</summary>
    public string? NotFoundView { get; set; }
}
