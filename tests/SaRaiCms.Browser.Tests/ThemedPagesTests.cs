using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// Every public page type of the Sa Rài site, at 390 px in Chromium, is in the committee theme (its
/// header, its stylesheet loaded and applied) and answers the expected status: module pages, item
/// pages, /search, a 404 and the print view. The meeting's indicator table wraps between words only.
/// (The 500 page is checked over HTTP in SaRaiCms.Tests, where a test can make a page fail.)
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ThemedPagesTests(ChromiumSite site)
{
    private const int PhoneWidth = 390;
    private const string MeetingWithIndicators = "/hoi-nghi/so-ket-6-thang-dau-nam-2023";

    public static TheoryData<string, int> Pages() => new()
    {
        { "/", 200 },
        { "/gioi-thieu", 200 },
        { "/en/introduction", 200 },
        { "/tin-tuc", 200 },
        { "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023", 200 },
        { "/hoi-nghi", 200 },
        { MeetingWithIndicators, 200 },
        { "/lanh-dao", 200 },
        { "/to-chuc", 200 },
        { "/nhiem-vu", 200 },
        { "/van-ban", 200 },
        { "/van-ban/nghi-quyet-45-nq-du", 200 },
        { "/search", 200 },
        { "/search?q=h%E1%BB%99i%20ngh%E1%BB%8B", 200 },
        { "/trang-khong-ton-tai", 404 },
        { "/tin-tuc/khong-co-bai-nay", 404 },
        { MeetingWithIndicators + "?print=1", 200 },
        { "/search?q=sa%20rai&print=1", 200 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Public_pages_at_phone_width_are_in_the_theme_with_the_expected_status(string url, int status)
    {
        await using var tab = await site.OpenAsync(PhoneWidth, 844);
        var response = await tab.Page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}.");

        Assert.Equal(status, response.Status);
        Assert.True(await tab.Page.Locator("header.site-header .brand-name").IsVisibleAsync(), $"{url}: no theme header.");
        var print = url.Contains("print=1", StringComparison.Ordinal);
        // The print view keeps the layout but its print styles hide the menu.
        Assert.True(print ? await tab.Page.Locator("nav.main-nav a[href='/search']").CountAsync() == 1 : await tab.Page.Locator("nav.main-nav a[href='/search']").IsVisibleAsync(), $"{url}: no theme menu.");
        var themeRules = await tab.Page.EvaluateAsync<int>(
            "() => [...document.styleSheets].filter(s => (s.href || '').endsWith('/_content/SaRaiCms.CommitteeTheme/css/site.css')).reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(themeRules > 20, $"{url}: the theme's stylesheet is not loaded ({themeRules} rules).");
        // The theme's header colour, not the browser's default transparent background.
        var headerBackground = await tab.Page.Locator("header.site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).backgroundImage");
        Assert.NotEqual("rgba(0, 0, 0, 0) none", headerBackground);
        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url}: the page is {overflow} px wider than the phone.");

        if (print)
        {
            Assert.True(await tab.Page.Locator("body.print-view .print-toolbar").IsVisibleAsync(), $"{url}: not the print view.");
        }
    }

    [Fact]
    public async Task The_meeting_indicator_table_at_phone_width_breaks_no_value_inside_a_word()
    {
        await using var tab = await site.OpenAsync(PhoneWidth, 844);
        var response = await tab.Page.GotoAsync(MeetingWithIndicators);
        Assert.Equal(200, response?.Status);

        var cells = await tab.Page.Locator("table.indicators tbody td, table.indicators tbody th").CountAsync();
        Assert.True(cells >= 6, $"The meeting shows {cells} indicator cells.");
        // Each word of each cell must lie on one line: a word whose characters sit on two lines was broken.
        var broken = await tab.Page.EvaluateAsync<string[]>("""
            () => {
              const broken = [];
              for (const cell of document.querySelectorAll('table.indicators th, table.indicators td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const m of node.textContent.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(m[0] + ' in "' + cell.textContent.trim() + '"');
                  }
                }
              }
              return broken;
            }
            """);
        Assert.True(broken.Length == 0, "Words broken across lines: " + string.Join("; ", broken));

        await tab.Page.Locator("table.indicators").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Artefacts.Directory("screenshots"), "meeting-indicators-390.png") });
        var visible = await tab.Page.Locator("table.indicators").EvaluateAsync<bool>("t => t.getBoundingClientRect().right <= window.innerWidth + 1 || t.scrollWidth > t.clientWidth");
        Assert.True(visible, "The table neither fits the phone nor scrolls in its own box.");
    }
}
