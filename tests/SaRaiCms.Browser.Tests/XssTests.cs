using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
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
        // The title also carries the marker "xss", so the admin list search finds every payload's item.
        var id = await PublishThroughTheEditorAsync(site, contentType, name => name == "TitlePart.Title" ? "xss " + input : input);
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

    [Fact]
    public async Task The_watchers_notice_a_script_that_runs()
    {
        var fired = new ConcurrentQueue<string>();
        await using var tab = await site.OpenAsync(bypassCsp: true);
        await WatchAsync(tab, fired);
        await tab.Page.GotoAsync("/");
        await tab.Page.SetContentAsync("<img src=x onerror=__xss(0)><script>alert(0)</script><img src=y onerror=\"console.log('xss 0')\">");
        await tab.Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await tab.Page.WaitForTimeoutAsync(300);
        Assert.Contains(fired, f => f.StartsWith("__xss(0)", StringComparison.Ordinal));
        Assert.Contains(fired, f => f.StartsWith("alert(0)", StringComparison.Ordinal));
        Assert.Contains(fired, f => f.StartsWith("console: xss 0", StringComparison.Ordinal));
    }

    /// <summary>
    /// Posts the editor's form as the signed-in administrator's browser would (its cookies and
    /// token, through Playwright's request API) with the payload in every text-like field, and publishes.
    /// </summary>
    public static async Task<string> PublishThroughTheEditorAsync(ChromiumSite site, string contentType, Func<string, string> valueFor)
    {
        await using var tab = await site.SignedInAsync("admin");
        var api = tab.Context.APIRequest;
        var url = "/admin/contents/new/" + contentType;
        var form = (await ParseAsync(await api.GetAsync(url))).QuerySelector<IHtmlFormElement>("form.content-edit")
                   ?? throw new InvalidOperationException($"{url} has no editor form.");
        var fields = SaRaiCms.Testing.Browser.Fields(form);
        var textFields = form.QuerySelectorAll("textarea[name], input[name]")
            .Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement { Type: "text" or "url" or "search" })
            .Select(e => e.GetAttribute("name")!)
            .ToList();
        Assert.Contains("TitlePart.Title", textFields);
        foreach (var name in textFields)
        {
            fields[name] = valueFor(name);
        }

        fields["submitAction"] = "publish";
        var response = await PostAsync(api, url, fields);
        if (response.Status == (int)HttpStatusCode.UnprocessableEntity)
        {
            // A field refused the payload (e.g. a path or a link that must be a web address): that
            // is a defence too. Give those fields a valid value and keep the payload everywhere else.
            foreach (var name in RefusedFields(await ParseAsync(response)))
            {
                fields[name] = name == "TitlePart.Title" ? "xss" : name.Contains("Url", StringComparison.OrdinalIgnoreCase) ? "https://sarai.vn/" : "";
            }

            response = await PostAsync(api, url, fields);
        }

        var location = response.Headers.TryGetValue("location", out var value) ? value : null;
        Assert.True(response.Status == (int)HttpStatusCode.Redirect && location is not null,
            $"Publishing {contentType} failed: {response.Status} {(await ParseAsync(response)).QuerySelector(".validation-summary")?.TextContent}");
        return new Uri(site.BaseUrl, location).AbsolutePath.Split('/')[3];
    }

    private static Task<IAPIResponse> PostAsync(IAPIRequestContext api, string url, Dictionary<string, string> fields)
    {
        var form = api.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return api.PostAsync(url, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }

    /// <summary>The names of the inputs next to a non-empty per-field error message.</summary>
    private static IEnumerable<string> RefusedFields(IHtmlDocument page)
        => page.QuerySelectorAll(".field-error")
            .Where(error => error.TextContent.Trim().Length > 0)
            .Select(error =>
            {
                var container = error.ParentElement;
                while (container is not null && container is not IHtmlFormElement && container.QuerySelector("input[name], textarea[name]") is null)
                {
                    container = container.ParentElement;
                }

                return container is null or IHtmlFormElement ? [] : container.QuerySelectorAll("input[name], textarea[name]").Select(e => e.GetAttribute("name")!);
            })
            .SelectMany(names => names)
            .Distinct();

    private static async Task<IHtmlDocument> ParseAsync(IAPIResponse response)
        => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.TextAsync());

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
