using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// Script-injection payloads typed into every text, HTML, Markdown, link and title field of a
/// content type's editor, published, then the public page and the admin's list and editor opened
/// in Chromium: no payload may run (no dialog, no call to the page's __xss hook, no console
/// message from a payload). The page's Content-Security-Policy is switched off here so that
/// what is tested is the escaping and sanitising itself; the policy is a second line of defence.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class XssTests(ChromiumSite site)
{
    /// <summary>Each payload calls __xss(n), alert(n) or console.log('xss n') if it ever runs.</summary>
    public static readonly string[] Payloads =
    [
        "<script>__xss(1)</script>",
        "<img src=x onerror=__xss(2)>",
        "<svg onload=__xss(3)>",
        "\"><img src=x onerror=__xss(4)>",
        "'><svg/onload=__xss(5)>",
        "javascript:__xss(6)",
        "[x](javascript:__xss(7))",
        "&lt;script&gt;__xss(8)&lt;/script&gt;",
        "<a href=\"&#106;avascript:__xss(9)\">liên kết</a>",
        "<iframe srcdoc=\"<script>parent.__xss(10)</script>\"></iframe>",
        "<details open ontoggle=__xss(11)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=__xss(12)>",
        "\" autofocus onfocus=\"__xss(13)",
        "</textarea><script>__xss(14)</script>",
        "</title><script>alert(15)</script>",
        "<img src=x onerror=console.log('xss 16')>",
        "<a href=\"  JaVaScRiPt:alert(17)\">bấm</a>",
        "{{ 7*7 }}<object data=\"javascript:__xss(18)\"></object>",
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var type in new[] { "News", "Page" })
        {
            for (var i = 0; i < Payloads.Length; i++)
            {
                data.Add(type, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_payload_in_every_field_runs_nowhere(string contentType, int payload)
    {
        var input = Payloads[payload];
        var id = await PublishThroughTheEditorAsync(contentType, input);
        var path = await site.Site.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published))?.As<AutoroutePart>()?.Path);
        Assert.False(string.IsNullOrEmpty(path), $"{contentType} with payload {payload} was not published with a path.");

        var fired = new ConcurrentQueue<string>();
        await using (var visitor = await site.OpenAsync(bypassCsp: true))
        {
            await WatchAsync(visitor, fired);
            await VisitAsync(visitor.Page, "/" + path);
        }

        await using (var admin = await site.SignedInAsync("admin", bypassCsp: true))
        {
            await WatchAsync(admin, fired);
            await VisitAsync(admin.Page, "/admin/contents?q=" + Uri.EscapeDataString("xss"));
            await VisitAsync(admin.Page, $"/admin/contents/{id}/edit");
        }

        Assert.True(fired.IsEmpty, $"Payload {payload} ({input}) ran in {contentType}: {string.Join("; ", fired)}");
    }

    /// <summary>Posts the editor's form (with its token) with the payload in every text-like field, and publishes.</summary>
    private async Task<string> PublishThroughTheEditorAsync(string contentType, string payload)
    {
        using var admin = new SaRaiCms.Testing.Browser(site.Site);
        await admin.SignInAsync("admin", SaRaiCms.Testing.SiteFactory.AdminPassword);
        var url = "/admin/contents/new/" + contentType;
        var (_, page) = await admin.GetAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("form.content-edit") ?? throw new InvalidOperationException($"{url} has no editor form.");
        var fields = SaRaiCms.Testing.Browser.Fields(form);
        var textFields = form.QuerySelectorAll("textarea[name], input[name]")
            .Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement { Type: "text" or "url" or "search" })
            .Select(e => e.GetAttribute("name")!)
            .ToList();
        Assert.Contains("TitlePart.Title", textFields);
        foreach (var name in textFields)
        {
            // The title also carries a marker, so the admin list search finds every payload's item.
            fields[name] = name == "TitlePart.Title" ? "xss " + payload : payload;
        }

        fields["submitAction"] = "publish";
        var (response, result) = await admin.PostAsync(url, fields);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            // A field refused the payload (e.g. a link that must be a web address): that is a
            // defence too. Give those fields a valid value and keep the payload everywhere else.
            foreach (var invalid in result.QuerySelectorAll(".field:has(.field-error:not(:empty)) [name]").Select(e => e.GetAttribute("name")!))
            {
                fields[invalid] = invalid == "TitlePart.Title" ? "xss" : invalid.Contains("Url", StringComparison.OrdinalIgnoreCase) ? "https://sarai.vn/" : "Giá trị hợp lệ";
            }

            (response, result) = await admin.PostAsync(url, fields);
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Publishing {contentType} failed: {(int)response.StatusCode} {result.QuerySelector(".validation-summary")?.TextContent}");
        return SaRaiCms.Testing.Browser.RedirectTarget(response)!.Split('/')[3];
    }

    private static async Task WatchAsync(BrowserTab tab, ConcurrentQueue<string> fired)
    {
        await tab.Context.ExposeFunctionAsync("__xss", (string n) => fired.Enqueue("__xss(" + n + ") on " + tab.Page.Url));
        tab.Page.Dialog += (_, dialog) =>
        {
            fired.Enqueue($"{dialog.Type}({dialog.Message}) on {tab.Page.Url}");
            _ = dialog.DismissAsync();
        };
        tab.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("xss", StringComparison.OrdinalIgnoreCase))
            {
                fired.Enqueue($"console: {message.Text} on {tab.Page.Url}");
            }
        };
    }

    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Status == 200, $"{url}: {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Give focus and toggle handlers (autofocus, ontoggle) their chance to run.
        await page.Keyboard.PressAsync("Tab");
        await page.WaitForTimeoutAsync(100);
    }
}
