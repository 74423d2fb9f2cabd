using System.Text.Encodings.Web;
using SaRaiCms.Search.Querying;

namespace SaRaiCms.Search.ViewModels;

/// <summary>What the /search page shows.</summary>
public sealed class SearchPageViewModel
{
    public required string SiteName { get; init; }

    public required SearchResults Results { get; init; }

    /// <summary>"Tìm thấy 1.380 kết quả cho “sa rai”", numbers formatted for vi-VN; null when no query ran.</summary>
    public string? Summary { get; init; }

    /// <summary>Dates of the hits as lists show them ("28/6/2023"), in the site's time zone, by content item id.</summary>
    public IReadOnlyDictionary<string, string> Dates { get; init; } = new Dictionary<string, string>();

    /// <summary>Total of the query over all types (the "Tất cả" filter).</summary>
    public int AllTypesTotal => Results.Types.Sum(t => t.Count);

    /// <summary>/search with the current query and sort, for another type filter or page.</summary>
    public string Link(string? contentType, int page)
    {
        var url = "/search?q=" + UrlEncoder.Default.Encode(Results.Query);
        if (!string.IsNullOrEmpty(contentType))
        {
            url += "&type=" + UrlEncoder.Default.Encode(contentType);
        }

        if (Results.Page > 0 && page > 1)
        {
            url += "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return url;
    }
}
