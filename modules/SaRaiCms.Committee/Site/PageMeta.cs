namespace SaRaiCms.Committee.Site;

/// <summary>Base of the public pages' view models: every page has its <see cref="PageMeta"/>.</summary>
public abstract class PageViewModel
{
    public required PageMeta Meta { get; init; }
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
