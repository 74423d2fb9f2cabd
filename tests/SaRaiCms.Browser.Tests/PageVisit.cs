using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>Opens a page to audit and fails unless it answered as expected, so an audit never passes on an error page.</summary>
public static class PageVisit
{
    /// <summary>The one audited address that is meant to be missing.</summary>
    public const string NotFoundAddress = "/trang-khong-ton-tai";

    public static async Task<IResponse> OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url) ?? throw new InvalidOperationException($"{url}: no response.");
        var expected = url == NotFoundAddress ? 404 : 200;
        Assert.True(response.Status == expected, $"{url}: expected {expected}, got {response.Status} ({response.Url}).");
        return response;
    }
}
