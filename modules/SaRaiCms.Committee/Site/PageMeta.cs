using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SaRaiCms.Committee.Site;

/// <summary>One step of the breadcrumb trail; the last step (the current page) has no URL.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);

/// <summary>
/// What the layout needs to know about a page besides its body: the title (the page's one h1
/// and og:title), a description (meta and og:description), the canonical path, the Open Graph
/// type and image, and the breadcrumb trail. Pages hand it to the layout through ViewData
/// (<see cref="PageMetaViewData"/>).
/// </summary>
public sealed class PageMeta
{
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Site-relative path (with the query that identifies the page, if any): "/tin-tuc?page=2".</summary>
    public string? CanonicalPath { get; init; }

    /// <summary>"website" for lists, "article" for news and other items.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>Site-relative or absolute URL of the page's image, for link previews.</summary>
    public string? ImageUrl { get; init; }

    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>True on the home page: the document title is just the site name.</summary>
    public bool IsHome { get; init; }

    public static readonly Breadcrumb Home = new("Trang chủ", "/");

    /// <summary>A page directly under the home page: Trang chủ › <paramref name="title"/>.</summary>
    public static PageMeta Section(string title, string path, string? description = null) => new()
    {
        Title = title,
        Description = description,
        CanonicalPath = path,
        Breadcrumbs = [Home, new Breadcrumb(title)],
    };
}

/// <summary>Base of the public pages' view models: every page has its <see cref="PageMeta"/>.</summary>
public abstract class PageViewModel
{
    public required PageMeta Meta { get; init; }
}

/// <summary>Typed access to the page meta in ViewData, shared by page views and the theme layout.</summary>
public static class PageMetaViewData
{
    private const string Key = "SaRaiCms.PageMeta";

    public static void SetPageMeta(this ViewDataDictionary viewData, PageMeta meta)
    {
        viewData[Key] = meta;
        viewData["Title"] = meta.Title;
    }

    public static PageMeta? GetPageMeta(this ViewDataDictionary viewData) => viewData[Key] as PageMeta;
}

/// <summary>Page links of a paged list; <see cref="Url"/> keeps the list's other query values.</summary>
public sealed class Pager
{
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    public int Total { get; init; }

    /// <summary>"/tin-tuc?chuyen-muc=x&amp;page=" style prefix; the page number is appended.</summary>
    public string UrlPrefix { get; init; } = "?page=";

    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    public string Url(int page) => UrlPrefix + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A link to a content item (title and public path).</summary>
public sealed record ItemLink(string Title, string? Url);
