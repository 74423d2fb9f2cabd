using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// The site's real Content-Security-Policy (never bypassed here) in Chromium: every public page
/// type and every admin page type loads, and the editors' scripts run, without one violation —
/// no blocked inline style, style attribute, script or resource. Violations are collected both
/// from <c>securitypolicyviolation</c> events (an init script, which the policy does not apply
/// to) and from the console errors Chromium writes for them.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ContentSecurityPolicyTests(ChromiumSite site)
{
    private const string Collector = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample || ''}`));
        """;

    // Word's clipboard: a <style> with its list definitions, mso- styles, a list, a centred bold title.
    private const string WordHtml = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
        <style>@list l0:level1 { mso-level-number-format: bullet; mso-level-text: ·; } p.MsoNormal { margin: 0cm; }</style>
        </head><body lang="VI">
        <p class="MsoNormal">Mở đầu</p>
        <p class="MsoNormal" style="text-align:center;mso-margin-top-alt:auto"><b><span style="font-family:'Times New Roman';color:red">Báo cáo chính trị</span></b></p>
        <p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;</span></span></span><span style="mso-fareast-font-family:Calibri">Công tác xây dựng Đảng</span></p>
        <p style="margin-left:36pt"><font face="Arial">Nhiệm kỳ 2025 – 2030</font></p>
        </body></html>
        """;

    public static TheoryData<string> PublicPages() => new(AccessibilityTests.PublicAddresses);

    public static TheoryData<string> AdminPages() => new(AdminAddresses.All);

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_load_without_a_policy_violation(string url)
    {
        await using var tab = await site.OpenAsync();
        var console = await WatchAsync(tab);
        await PageVisit.OpenAsync(tab.Page, url);
        await AssertNoViolationAsync(tab.Page, console, url);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_load_without_a_policy_violation(string key)
    {
        await using var tab = await site.SignedInAsync("admin");
        var url = await AdminAddresses.ResolveAsync(tab.Page, key);
        var console = await WatchAsync(tab);
        await PageVisit.OpenAsync(tab.Page, url);
        await AssertNoViolationAsync(tab.Page, console, url);
    }

    [Fact]
    public async Task Using_the_news_editor_causes_no_policy_violation()
    {
        await using var tab = await site.SignedInAsync(ChromiumSite.Editor);
        var page = tab.Page;
        var url = await AccessibilityTests.EditorOfFirstAsync(page, "News");
        var console = await WatchAsync(tab);
        await PageVisit.OpenAsync(page, url);

        var editor = page.Locator(".ql-editor");
        var centredHeadings = page.Locator(".ql-editor h3.ql-align-center");
        var before = await centredHeadings.CountAsync();
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Đảng bộ thị trấn Sa Rài");
        await page.ClickAsync(".ql-toolbar .ql-header .ql-picker-label");
        await page.ClickAsync(".ql-toolbar .ql-header .ql-picker-item[data-value='3']");
        await page.ClickAsync(".ql-toolbar .ql-align .ql-picker-label");
        await page.ClickAsync(".ql-toolbar .ql-align .ql-picker-item[data-value='center']");
        Assert.Equal(before + 1, await centredHeadings.CountAsync());
        await page.Keyboard.PressAsync("Shift+Home");
        await page.ClickAsync(".ql-toolbar button.ql-bold");
        await page.ClickAsync(".ql-toolbar button.ql-link");
        await page.FillAsync(".ql-tooltip input[type=text]", "https://sarai.example/tin-tuc");
        await page.Keyboard.PressAsync("Enter");
        await page.ClickAsync(".ql-toolbar button.ql-clean");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await editor.EvaluateAsync("""
            (root, html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Báo cáo chính trị');
              root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, WordHtml);
        await page.WaitForFunctionAsync("() => document.querySelector('.ql-editor').textContent.includes('Nhiệm kỳ 2025')");

        await AssertNoViolationAsync(page, console, url + " (typing, pickers, link, paste)");
        // The paste kept what its styles said, read back through the CSSOM: alignment, Word's list.
        Assert.Equal(1, await page.Locator(".ql-editor p.ql-align-center", new() { HasText = "Báo cáo chính trị" }).Locator("strong").CountAsync());
        Assert.Equal(1, await page.Locator(".ql-editor li[data-list='bullet']", new() { HasText = "Công tác xây dựng Đảng" }).CountAsync());
        Assert.DoesNotContain("·", await editor.TextContentAsync());
    }

    [Fact]
    public async Task Using_the_meeting_editor_causes_no_policy_violation()
    {
        await using var tab = await site.SignedInAsync("admin");
        var page = tab.Page;
        var url = await AccessibilityTests.EditorOfFirstAsync(page, "Meeting");
        var console = await WatchAsync(tab);
        await PageVisit.OpenAsync(page, url);
        var rows = page.Locator("[data-row]");
        var before = await rows.CountAsync();
        await page.Locator("[data-add-row]").First.ClickAsync();
        Assert.True(await rows.CountAsync() > before, "The committee editor script did not add a row.");
        await AssertNoViolationAsync(page, console, url + " (adding a row)");
    }

    /// <summary>The collector itself: a style attribute set by script, which the policy blocks, is reported.</summary>
    [Fact]
    public async Task A_blocked_inline_style_is_reported()
    {
        await using var tab = await site.OpenAsync();
        var console = await WatchAsync(tab);
        await tab.Page.GotoAsync("/");
        await tab.Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<p style=\"color: red\">Sa Rài</p>')");
        var violations = await ViolationsAsync(tab.Page, console);
        Assert.Contains(violations, v => v.Contains("style-src", StringComparison.Ordinal));
    }

    /// <summary>Starts recording violations in <paramref name="tab"/> (before its next navigation) and returns the console errors about the policy.</summary>
    private static async Task<List<string>> WatchAsync(BrowserTab tab)
    {
        await tab.Context.AddInitScriptAsync(Collector);
        var console = new List<string>();
        tab.Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (console)
                {
                    console.Add("console: " + message.Text);
                }
            }
        };
        return console;
    }

    private static async Task AssertNoViolationAsync(IPage page, List<string> console, string url)
    {
        var violations = await ViolationsAsync(page, console);
        Assert.True(violations.Count == 0, $"{url}:\n" + string.Join("\n", violations.Select(v => "- " + v)));
    }

    /// <summary>What was reported so far, once the page has loaded and the events queued by its last changes were dispatched.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, List<string> console)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The violation events are queued as tasks: let two frames pass so that they have fired.
        var reported = await page.EvaluateAsync<string[]>(
            "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(window.__cspViolations ?? ['no collector']), 0))))");
        lock (console)
        {
            return [.. reported, .. console];
        }
    }
}
