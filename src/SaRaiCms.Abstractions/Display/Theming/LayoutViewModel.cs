using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SaRaiCms.Display;

/// <summary>The site's contacts (<see cref="Sites.SiteContactSettings"/>), blanks as null.</summary>
public sealed record SiteContact(string? Address, string? Phone, string? Email, string? Fax = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Fax);
}

/// <summary>A menu or footer link; <see cref="Matches"/> says whether it is the current section. Lower positions come first.</summary>
public sealed record MenuEntry(string Text, string Url, double Position = 0)
{
    public bool Matches(string requestPath)
        => Url == "/" ? requestPath is "" or "/" : requestPath.Equals(Url, StringComparison.OrdinalIgnoreCase) || requestPath.StartsWith(Url + "/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A <c>&lt;link rel="alternate"&gt;</c> of every page (an RSS feed, say).</summary>
public sealed record AlternateLink(string Title, string Url, string Type);

/// <summary>
/// What a public layout shows around a page's body, built once per request by the platform
/// (the site's settings, then every <see cref="ILayoutContributor"/>) and handed to the layout in
/// ViewData (<see cref="LayoutViewData"/>). Layouts read it; they inject no services.
/// </summary>
public sealed class LayoutViewModel
{
    /// <summary>The layout file the page renders in (the rule: <see cref="IThemeViewLocator.LayoutPath"/>).</summary>
    public required string LayoutPath { get; init; }

    /// <summary>The site's public theme, null for none.</summary>
    public string? ThemeId { get; init; }

    public required string SiteName { get; init; }

    /// <summary>The emblem the settings chose (site-relative); null for the theme's own.</summary>
    public string? EmblemPath { get; init; }

    public required SiteContact Contact { get; init; }

    /// <summary>The path of the request ("/tin-tuc"), for the current menu entry.</summary>
    public required string RequestPath { get; init; }

    /// <summary>"https://host" plus the path base: absolute links for canonical URLs and link previews.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The print view of a page (<see cref="PrintView.QueryKey"/>=1): the same layout, print styles and a toolbar.</summary>
    public bool IsPrintView { get; init; }

    /// <summary>The main menu, in <see cref="MenuEntry.Position"/> order once built.</summary>
    public List<MenuEntry> Menu { get; } = [];

    /// <summary>Links of the footer, in order.</summary>
    public List<MenuEntry> FooterLinks { get; } = [];

    public List<AlternateLink> Alternates { get; } = [];

    /// <summary>The page meta a contributor knows for this page (an item's page); a page view's own (<see cref="PageMetaViewData"/>) wins.</summary>
    public PageMeta? Meta { get; set; }

    /// <summary>The page's meta: the view's, else a contributor's, else a title from ViewData["Title"] or the site name.</summary>
    public PageMeta MetaFor(ViewDataDictionary viewData)
        => viewData.GetPageMeta() ?? Meta ?? new PageMeta { Title = viewData["Title"] as string ?? SiteName };

    /// <summary>The absolute URL of a site-relative path (absolute URLs are returned as they are).</summary>
    public string Absolute(string pathAndQuery) => SiteUrls.Absolute(BaseUrl, pathAndQuery);
}

/// <summary>Adds to the layout of public pages: menu entries, footer links, feeds, the meta of pages it knows.</summary>
public interface ILayoutContributor
{
    Task ContributeAsync(LayoutContext context);
}

public sealed class LayoutContext(HttpContext httpContext, object? pageModel, LayoutViewModel layout, CancellationToken cancellationToken)
{
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The model of the page view being rendered (null for the error page).</summary>
    public object? PageModel { get; } = pageModel;

    public LayoutViewModel Layout { get; } = layout;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}

/// <summary>Builds the layout model of the current request once (contributors run once per request).</summary>
public interface ILayoutModelBuilder
{
    Task<LayoutViewModel> BuildAsync(HttpContext httpContext, object? pageModel, CancellationToken cancellationToken);
}

/// <summary>Typed access to the layout model in ViewData, for layouts and _ViewStart files.</summary>
public static class LayoutViewData
{
    private const string Key = "SaRaiCms.Layout";

    public static void SetLayout(this ViewDataDictionary viewData, LayoutViewModel layout) => viewData[Key] = layout;

    /// <summary>The layout model the platform put there; null outside a public page (admin pages, partial results).</summary>
    public static LayoutViewModel? GetLayout(this ViewDataDictionary viewData) => viewData[Key] as LayoutViewModel;

    /// <summary>What a public _ViewStart assigns to Layout: the platform's choice.</summary>
    public static string? LayoutPath(this ViewDataDictionary viewData) => viewData.GetLayout()?.LayoutPath;
}

/// <summary>The print view of any page: <c>?print=1</c>.</summary>
public static class PrintView
{
    public const string QueryKey = "print";

    public static bool IsRequested(HttpRequest request) => request.Query[QueryKey] == "1";
}

public static class SiteUrls
{
    /// <summary>"https://host/base" of the request.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The absolute URL of a site-relative path on the host the request came to.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) => Absolute(BaseUrl(request), pathAndQuery);

    public static string Absolute(string baseUrl, string pathAndQuery)
        => pathAndQuery.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathAndQuery.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathAndQuery
            : $"{baseUrl}{(pathAndQuery.StartsWith('/') ? "" : "/")}{pathAndQuery}";
}
