namespace SaRaiCms.Browser.Tests;

/// <summary>Whole-page screenshots at phone and desktop width, for people to look at: TestResults/screenshots/.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ScreenshotTests(ChromiumSite site)
{
    [Fact]
    public async Task A_long_word_in_a_title_does_not_widen_the_phone_layout()
    {
        var word = "Nghịquyết" + new string('x', 70) + "/NQ-ĐU";
        await XssTests.PublishThroughTheEditorAsync(site, "News", name => name.Contains("Html", StringComparison.Ordinal) ? $"<p>{word}</p>" : word);
        await using var tab = await site.OpenAsync(375);
        foreach (var url in new[] { "/", "/tin-tuc" })
        {
            await PageVisit.OpenAsync(tab.Page, url);
            Assert.Contains(word, await tab.Page.ContentAsync());
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{url} scrolls sideways at 375 px with a long word.");
        }
    }

    [Theory]
    [InlineData("home", "/", 375)]
    [InlineData("home", "/", 1280)]
    [InlineData("news", "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023", 375)]
    [InlineData("news", "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023", 1280)]
    [InlineData("meeting", "/hoi-nghi/hoi-nghi-ban-chap-hanh-quy-i-2023", 375)]
    [InlineData("meeting", "/hoi-nghi/hoi-nghi-ban-chap-hanh-quy-i-2023", 1280)]
    [InlineData("admin-edit", "edit:News", 375)]
    [InlineData("admin-edit", "edit:News", 1280)]
    public async Task Page_is_captured_at_width(string name, string url, int width)
    {
        var admin = url.StartsWith("edit:", StringComparison.Ordinal);
        await using var tab = admin ? await site.SignedInAsync("admin", width) : await site.OpenAsync(width);
        if (admin)
        {
            // A news item of the Sa Rài data, not one another test made.
            url = await AccessibilityTests.EditorOfFirstAsync(tab.Page, url["edit:".Length..], "sơ kết 6 tháng");
        }

        var response = await tab.Page.GotoAsync(url);
        Assert.Equal(200, response?.Status);
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        // Nothing sticks out sideways at phone width.
        var overflowing = await tab.Page.EvaluateAsync<string[]>("""
            () => document.documentElement.scrollWidth <= window.innerWidth + 1 ? [] :
              [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
            """);
        Assert.True(overflowing.Length == 0, $"{url} scrolls sideways at {width} px: {string.Join(", ", overflowing)}");

        var file = Path.Combine(Artefacts.Directory("screenshots"), $"{name}-{width}.png");
        await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty.");
    }
}
