using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// axe-core (bundled in Deque.AxeCore.Playwright, nothing fetched) on every public page type and
/// the admin's list and edit pages, in Chromium at phone and desktop width: no serious or
/// critical violation. A new page type is one more line in the data below.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(ChromiumSite site)
{
    public static TheoryData<string, int> PublicPages()
    {
        string[] urls =
        [
            "/",
            "/tin-tuc",
            "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023",
            "/hoi-nghi",
            "/hoi-nghi/hoi-nghi-ban-chap-hanh-quy-i-2023",
            "/lanh-dao",
            "/to-chuc",
            "/nhiem-vu",
            "/van-ban",
            "/van-ban/nghi-quyet-45-nq-du",
            "/search?q=h%E1%BB%99i%20ngh%E1%BB%8B",
            "/trang-khong-ton-tai",
            "/gioi-thieu",
            "/en/introduction",
            "/login",
        ];
        var data = new TheoryData<string, int>();
        foreach (var url in urls)
        {
            data.Add(url, 375);
            data.Add(url, 1280);
        }

        return data;
    }

    public static TheoryData<string, int> AdminPages() => new()
    {
        { "/admin", 1280 },
        { "/admin/contents", 375 },
        { "/admin/contents", 1280 },
        { "/admin/contents/new/News", 375 },
        { "/admin/contents/new/News", 1280 },
        { "/admin/contents/new/Page", 1280 },
        { "edit:News", 1280 },
        { "edit:Page", 1280 },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_have_no_serious_accessibility_violations(string url, int width)
    {
        await using var tab = await site.OpenAsync(width);
        await tab.Page.GotoAsync(url);
        await AssertAccessibleAsync(tab.Page, url, width);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_have_no_serious_accessibility_violations(string url, int width)
    {
        await using var tab = await site.SignedInAsync("admin", width);
        if (url.StartsWith("edit:", StringComparison.Ordinal))
        {
            url = await EditorOfFirstAsync(tab.Page, url["edit:".Length..]);
        }

        await tab.Page.GotoAsync(url);
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertAccessibleAsync(tab.Page, url, width);
    }

    /// <summary>The editor of the first item of a type in the admin list, optionally matching a search (the Sa Rài data).</summary>
    public static async Task<string> EditorOfFirstAsync(IPage page, string contentType, string? search = null)
    {
        await page.GotoAsync("/admin/contents?type=" + contentType + (search is null ? "" : "&q=" + Uri.EscapeDataString(search)));
        var href = await page.Locator(".content-list a.title[href$='/edit']").First.GetAttributeAsync("href");
        return href ?? throw new InvalidOperationException($"No {contentType} in the admin list.");
    }

    private static async Task AssertAccessibleAsync(IPage page, string url, int width)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{url} at {width} px:\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation)
        => $"- {violation.Impact} {violation.Id}: {violation.Help}\n"
           + string.Join("\n", violation.Nodes.Take(5).Select(n => $"    {n.Target} {Shorten(n.Html)}"));

    private static string Shorten(string? html) => html is null ? "" : html.Length > 160 ? html[..160] + "…" : html;
}
