using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SaRaiCms.Users.Tests.Infrastructure;

/// <summary>
/// A browser-like client: keeps cookies, does not follow redirects (tests look at them), and
/// posts forms with the antiforgery token of the page they came from, as a browser would.
/// </summary>
public sealed class Browser(SiteFactory site) : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await ParseAsync(response));
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

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string url, IDictionary<string, string> fields)
    {
        var response = await Client.PostAsync(url, new FormUrlEncodedContent(fields));
        return (response, await ParseAsync(response));
    }

    /// <summary>The form's fields as the browser would send them (hidden inputs included).</summary>
    public static Dictionary<string, string> Fields(IHtmlFormElement form)
        => form.QuerySelectorAll<IHtmlInputElement>("input[name]").ToDictionary(i => i.Name!, i => i.Value);

    /// <summary>The redirect target: path and query when it stays on the test site, else the whole address.</summary>
    public static string? RedirectTarget(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location;
        return location is { IsAbsoluteUri: true, Host: "localhost" } ? location.PathAndQuery : location?.OriginalString;
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
        => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();
}
