using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// axe-core (bundled in Deque.AxeCore.Playwright, nothing fetched) on every public page type and
/// every admin page type, in Chromium at phone and desktop width: no serious or critical
/// violation. A new page type is one more line in <see cref="PublicAddresses"/> or <see cref="AdminAddresses.All"/>.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(ChromiumSite site)
{
    /// <summary>One address of every public page type (also opened by the Content-Security-Policy tests).</summary>
    internal static readonly string[] PublicAddresses =
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
        PageVisit.NotFoundAddress,
        "/gioi-thieu",
        "/en/introduction",
        "/login",
    ];

    /// <summary>Lists and editors people use on a phone too are checked at both widths.</summary>
    private static readonly string[] PhoneAdminAddresses = ["/admin/contents", "/admin/contents/new/News", "/admin/media", "/admin/users"];

    public static TheoryData<string, int> PublicPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in PublicAddresses)
        {
            data.Add(url, 375);
            data.Add(url, 1280);
        }

        return data;
    }

    /// <summary>Every admin page type of <see cref="AdminAddresses.All"/> at desktop width, the phone ones also at 375 px.</summary>
    public static TheoryData<string, int> AdminPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in AdminAddresses.All)
        {
            if (PhoneAdminAddresses.Contains(url))
            {
                data.Add(url, 375);
            }

            data.Add(url, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_have_no_serious_accessibility_violations(string url, int width)
    {
        await using var tab = await site.OpenAsync(width);
        await PageVisit.OpenAsync(tab.Page, url);
        await AssertAccessibleAsync(tab.Page, url, width);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_have_no_serious_accessibility_violations(string url, int width)
    {
        await using var tab = await site.SignedInAsync("admin", width);
        url = await AdminAddresses.ResolveAsync(tab.Page, url);
        await PageVisit.OpenAsync(tab.Page, url);
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
