using AngleSharp.Dom;

namespace SaRaiCms.Committee.Tests.Site.Infrastructure;

/// <summary>What every public page must have, whatever it shows.</summary>
public static class PageChecks
{
    private const string Focusable = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])";

    public static void AssertPublicPage(Page page)
    {
        AssertAccessibleBasics(page);
        var document = page.Document;
        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > footer"));
        Assert.NotNull(document.QuerySelector("nav[aria-label='Menu chính']"));
        Assert.All(document.QuerySelectorAll("nav"), nav => Assert.False(string.IsNullOrWhiteSpace(nav.GetAttribute("aria-label")), $"{page.Path}: a nav without aria-label."));

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.True(canonical is not null && canonical.StartsWith("http://localhost/", StringComparison.Ordinal), $"{page.Path}: canonical is {canonical ?? "missing"}.");
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:title")), $"{page.Path}: no og:title.");
        Assert.Equal(canonical, Meta(document, "og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:site_name")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:description")));
        Assert.Contains(document.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.EndsWith("/print.css", StringComparison.Ordinal));

        // The footer has the contacts and the English introduction.
        Assert.NotNull(document.QuerySelector("footer a[href='/en/introduction']"));
        Assert.Contains("Sa Rài", document.QuerySelector("footer address")!.TextContent);
    }

    /// <summary>What any page must have, whichever layout renders it: valid HTML, one h1, alt texts, the skip link, main#main.</summary>
    public static void AssertAccessibleBasics(Page page)
    {
        var document = page.Document;
        Assert.True(page.ParseErrors.Count == 0, $"{page.Path}: HTML parse errors:\n{string.Join("\n", page.ParseErrors)}");
        Assert.Equal("html", document.DocumentElement.LocalName);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));

        var h1s = document.QuerySelectorAll("h1");
        Assert.True(h1s.Length == 1, $"{page.Path}: {h1s.Length} h1 elements ({string.Join(" | ", h1s.Select(h => h.TextContent.Trim()))}).");
        Assert.False(string.IsNullOrWhiteSpace(h1s[0].TextContent), $"{page.Path}: the h1 is empty.");
        Assert.Null(document.QuerySelector("body > header h1")); // the site name is not a heading

        var imagesWithoutAlt = document.QuerySelectorAll("img:not([alt])");
        Assert.True(imagesWithoutAlt.Length == 0, $"{page.Path}: img without alt: {string.Join(", ", imagesWithoutAlt.Select(i => i.GetAttribute("src")))}");

        var firstFocusable = document.QuerySelector(Focusable);
        Assert.NotNull(firstFocusable);
        Assert.Equal("#main", firstFocusable!.GetAttribute("href"));
        Assert.Equal("main", document.GetElementById("main")?.LocalName);
        Assert.Single(document.QuerySelectorAll("main"));
    }

    public static string? Meta(IDocument document, string property) => document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
