using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>Someone using only a keyboard, on a phone-width window: the skip link and the menus work.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class KeyboardTests(ChromiumSite site)
{
    private const int Phone = 375;

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023")]
    public async Task The_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_main_content(string url)
    {
        await using var tab = await site.OpenAsync(Phone);
        await PageVisit.OpenAsync(tab.Page, url);
        await AssertSkipLinkAsync(tab.Page);
    }

    [Fact]
    public async Task The_admin_skip_link_moves_focus_to_the_main_content()
    {
        await using var tab = await site.SignedInAsync("admin", Phone);
        await tab.Page.GotoAsync("/admin/contents");
        await AssertSkipLinkAsync(tab.Page);
    }

    [Fact]
    public async Task The_public_menu_is_reached_and_followed_with_the_keyboard_at_phone_width()
    {
        await using var tab = await site.OpenAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/");
        var href = await TabUntilAsync(page, "el => el.closest('nav.main-nav') !== null && el.tagName === 'A' && el.getAttribute('href') !== '/'", 40);
        Assert.True(await FocusedIsVisibleAsync(page), "The focused menu link is not visible at phone width.");

        await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(new Uri(site.BaseUrl, href).AbsolutePath, new Uri(page.Url).AbsolutePath);
        Assert.Equal("page", await page.Locator($"nav.main-nav a[href='{href}']").GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task The_admin_menu_opens_and_is_followed_with_the_keyboard_at_phone_width()
    {
        await using var tab = await site.SignedInAsync("admin", Phone);
        var page = tab.Page;
        await page.GotoAsync("/admin");
        await TabUntilAsync(page, "el => el.classList.contains('menu-toggle')", 5);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await page.Locator(".menu-toggle").GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#admin-nav").IsVisibleAsync());

        var href = await TabUntilAsync(page, "el => el.closest('#admin-nav') !== null && el.getAttribute('href') === '/admin/contents'", 40);
        Assert.True(await FocusedIsVisibleAsync(page), "The focused admin menu link is not visible at phone width.");
        await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(href, new Uri(page.Url).AbsolutePath);
    }

    private static async Task AssertSkipLinkAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('skip-link')"), "The first Tab does not reach the skip link.");
        Assert.True(await FocusedIsVisibleAsync(page), "The focused skip link is not visible.");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    /// <summary>Presses Tab until <paramref name="predicate"/> holds for the focused element; returns its href.</summary>
    private static async Task<string?> TabUntilAsync(IPage page, string predicate, int maxPresses)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => ({predicate})(document.activeElement)"))
            {
                return await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
            }
        }

        throw new Xunit.Sdk.XunitException($"{maxPresses} presses of Tab did not reach the element ({predicate}).");
    }

    /// <summary>The focused element has a size and lies inside the window (not hidden, not off-screen).</summary>
    private static Task<bool> FocusedIsVisibleAsync(IPage page)
        => page.EvaluateAsync<bool>("""
            () => {
              const r = document.activeElement.getBoundingClientRect();
              const style = getComputedStyle(document.activeElement);
              return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
                && r.left < window.innerWidth && r.top < window.innerHeight && style.visibility !== 'hidden';
            }
            """);
}
