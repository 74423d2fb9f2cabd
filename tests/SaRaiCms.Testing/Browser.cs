using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SaRaiCms.Testing;

/// <summary>
/// A browser-like client: keeps cookies, does not follow redirects (tests look at them), and
/// posts forms with the antiforgery token of the page they came from, as a browser would.
/// </summary>
public sealed class Browser(WebApplicationFactory<Program> site) : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>A new browser on <paramref name="site"/>, signed in through the login form; fails unless the sign-in succeeded (a redirect to /admin).</summary>
    public static async Task<Browser> SignedInAsync(WebApplicationFactory<Program> site, string userName, string password)
    {
        var browser = new Browser(site);
        var (response, page) = await browser.SignInAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || RedirectTarget(response) != "/admin")
        {
            browser.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location} {page.QuerySelector(".validation-summary, .field-error")?.TextContent.Trim()}");
        }

        return browser;
    }

    /// <summary>Opens GET /login, fills the form in and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        var (_, page) = await GetAsync(returnUrl is null ? "/login" : "/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = page.QuerySelector<IHtmlFormElement>("form") ?? throw new InvalidOperationException("The login page has no form.");
        var fields = Fields(form);
        fields["UserName"] = userName;
        fields["Password"] = password;
        return await PostAsync(form.GetAttribute("action") ?? "/login", fields);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/>, overrides fields and posts it (to its action, or the page).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(string pageUrl, string formSelector, IDictionary<string, string>? values = null, string? submitName = null, string? submitValue = null)
    {
        var (_, page) = await GetAsync(pageUrl);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"{pageUrl} has no form {formSelector}.");
        var fields = Fields(form);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        if (submitName is not null)
        {
            fields[submitName] = submitValue ?? "";
        }

        var action = form.GetAttribute("action");
        return await PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string url, IDictionary<string, string> fields)
    {
        var response = await Client.PostAsync(url, new FormUrlEncodedContent(fields));
        return (response, await ParseAsync(response));
    }

    /// <summary>The form's fields as the browser would send them (hidden inputs included).</summary>
    public static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked || input.Type is "submit")
            {
                continue;
            }

            fields[input.Name!] = input.Value;
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            fields[select.Name!] = select.Value ?? "";
        }

        return fields;
    }

    /// <summary>The redirect target: path and query when it stays on the test site, else the whole address.</summary>
    public static string? RedirectTarget(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode} {response.StatusCode}.");
        }

        var location = response.Headers.Location;
        return location is { IsAbsoluteUri: true, Host: "localhost" } ? location.PathAndQuery : location?.OriginalString;
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
        => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();
}
