using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// What the flow tests share: generous waits (a loaded 2-core machine renders slowly; every wait
/// is Playwright's own auto-waiting, never a fixed sleep), the admin's notices, screenshots.
/// </summary>
public static class FlowSteps
{
    /// <summary>How long an action, a navigation or an expectation may take before the step fails.</summary>
    public const float Timeout = 30_000;

    public static LocatorAssertionsToContainTextOptions Patiently => new() { Timeout = Timeout };

    /// <summary>A tab whose clicks, fills and navigations wait up to <see cref="Timeout"/>.</summary>
    public static BrowserTab Patient(this BrowserTab tab)
    {
        tab.Page.SetDefaultTimeout(Timeout);
        tab.Page.SetDefaultNavigationTimeout(Timeout);
        return tab;
    }

    /// <summary>The admin layout's success notice (after a redirect) contains <paramref name="text"/>.</summary>
    public static Task ExpectSuccessAsync(this IPage page, string text)
        => Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync(text, Patiently);

    /// <summary>
    /// Clicks the submit button named by its text and waits for the page the post leads to, which
    /// may have the same address (a save redirects back to its editor).
    /// </summary>
    public static async Task SubmitByAsync(this IPage page, string buttonText)
    {
        // A mark on the current document: it is gone once the browser shows the next one.
        await page.EvaluateAsync("() => { window.__beforeSubmit = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = buttonText, Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__beforeSubmit !== true", null, new() { Timeout = Timeout });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>The content item id from an editor address (/admin/contents/{id}/edit).</summary>
    public static string EditedItemId(this IPage page)
    {
        var segments = new Uri(page.Url).AbsolutePath.Split('/');
        return segments.Length == 5 && segments[4] == "edit" ? segments[3] : throw new InvalidOperationException($"{page.Url} is not a content editor.");
    }

    /// <summary>Waits until the image has loaded and has pixels (a broken image has naturalWidth 0).</summary>
    public static async Task ExpectLoadedAsync(this ILocator image)
    {
        var element = await image.ElementHandleAsync(new() { Timeout = Timeout });
        await image.Page.WaitForFunctionAsync("image => image.complete && image.naturalWidth > 0", element, new() { Timeout = Timeout });
    }

    /// <summary>Uploads a picture (drawn by the browser itself) with its description through /admin/media.</summary>
    public static async Task UploadPictureAsync(this IPage page, string fileName, string altText)
    {
        await page.GotoAsync("/admin/media");
        var png = await page.EvaluateAsync<string>("""
            () => {
              const canvas = document.createElement('canvas');
              canvas.width = 480; canvas.height = 270;
              const g = canvas.getContext('2d');
              g.fillStyle = '#3a7bd5'; g.fillRect(0, 0, 480, 270);
              g.fillStyle = '#777'; g.fillRect(0, 160, 480, 30);
              return canvas.toDataURL('image/png').split(',')[1];
            }
            """);
        await page.Locator("#media-file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "image/png",
            Buffer = Convert.FromBase64String(png),
        });
        await page.Locator("#media-alt").FillAsync(altText);
        await page.SubmitByAsync("Tải lên");
        await page.ExpectSuccessAsync("Đã tải lên");
        await Assertions.Expect(page.Locator("table.media-list")).ToContainTextAsync(altText, Patiently);
    }

    /// <summary>
    /// In a content editor: opens the media field's picker window ("Chọn từ thư viện"), chooses the
    /// file described by <paramref name="altText"/>, and waits for the field to hold "path | alt".
    /// </summary>
    public static async Task PickFromLibraryAsync(this IPage page, string fieldName, string altText)
    {
        var picker = page.Locator($"a[data-media-picker*='_{fieldName}_']");
        // The picker's script is deferred: until it runs, the link opens a plain window and "Chọn" does nothing.
        await page.WaitForFunctionAsync("() => window.saraicmsMediaPicker === true", null, new() { Timeout = Timeout });
        var popup = await page.RunAndWaitForPopupAsync(() => picker.ClickAsync());
        popup.SetDefaultTimeout(Timeout);
        await popup.WaitForFunctionAsync("() => window.saraicmsMediaPicker === true", null, new() { Timeout = Timeout });
        await popup.Locator($"button[data-media-choose][data-alt='{altText}']").ClickAsync();
        var entries = page.Locator("#" + await picker.GetAttributeAsync("data-media-picker"));
        await Assertions.Expect(entries).ToHaveValueAsync(new Regex(@"\.png \| " + Regex.Escape(altText) + "$"), new() { Timeout = Timeout });
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var file = Path.Combine(Artefacts.Directory("screenshots"), name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
    }
}
