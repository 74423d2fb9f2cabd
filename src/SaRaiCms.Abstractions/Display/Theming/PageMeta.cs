using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SaRaiCms.Display;

/// <summary>One step of the breadcrumb trail; the last step (the current page) has no URL.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);

/// <summary>
/// What the layout needs to know about a page besides its body: the title (the page's one h1
/// and og:title), a description (meta and og:description), the canonical path, the Open Graph
/// type and image, and the breadcrumb trail. Pages hand it to the layout through ViewData
/// (<see cref="PageMetaViewData"/>); layout contributors may set it for pages they know
/// (<see cref="LayoutViewModel.Meta"/>).
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

/// <summary>Typed access to the page meta in ViewData, shared by page views and layouts.</summary>
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
