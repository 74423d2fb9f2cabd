using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using SaRaiCms.Testing;

namespace SaRaiCms.Security.Tests;

/// <summary>The policy headers on public pages, admin pages, files and errors; no inline script that the policy would block.</summary>
public sealed class ResponseHeaderTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    /// <summary>Every HTML page checked, with the status it must answer (so a missing page fails instead of passing unchecked).</summary>
    public static TheoryData<string, string, int> HtmlPages => new()
    {
        { SecuritySite.Anonymous, "/", 200 },
        { SecuritySite.Anonymous, "/tin-tuc", 200 },
        { SecuritySite.Anonymous, "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023", 200 },
        { SecuritySite.Anonymous, "/van-ban", 200 },
        { SecuritySite.Anonymous, "/search?q=h%E1%BB%99i+ngh%E1%BB%8B", 200 },
        { SecuritySite.Anonymous, "/trang-khong-ton-tai", 404 },
        { SecuritySite.Anonymous, "/login", 200 },
        { "admin", "/admin", 200 },
        { "admin", "/admin/contents", 200 },
        { "admin", "/admin/contents/new/News", 200 },
        { "admin", "/admin/content-types/News", 200 },
        { "admin", "/admin/media", 200 },
        { "admin", "/admin/users", 200 },
        { "admin", "/admin/roles/Editor", 200 },
        { "admin", "/admin/audit", 200 },
        { "admin", "/admin/settings", 200 },
        { SecuritySite.NoRole, "/admin", 403 },
    };

    public static TheoryData<string, string> Pages => new()
    {
        { SecuritySite.Anonymous, "/" },
        { SecuritySite.Anonymous, "/tin-tuc" },
        { SecuritySite.Anonymous, "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023" },
        { SecuritySite.Anonymous, "/van-ban" },
        { SecuritySite.Anonymous, "/search?q=h%E1%BB%99i+ngh%E1%BB%8B" },
        { SecuritySite.Anonymous, "/trang-khong-ton-tai" },
        { SecuritySite.Anonymous, "/login" },
        { SecuritySite.Anonymous, "/_content/SaRaiCms.CommitteeTheme/css/site.css" },
        { "admin", "/admin" },
        { "admin", "/admin/contents" },
        { "admin", "/admin/contents/new/News" },
        { "admin", "/admin/content-types/News" },
        { "admin", "/admin/media" },
        { "admin", "/admin/users" },
        { "admin", "/admin/roles/Editor" },
        { "admin", "/admin/audit" },
        { "admin", "/admin/settings" },
        { SecuritySite.NoRole, "/admin" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_response_carries_the_security_headers(string userName, string url)
    {
        using var response = await site.Client(userName).Client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("script-src 'self'", directives);
        // Inline styles are blocked too: views link stylesheets, rich text keeps classes only.
        Assert.Contains("style-src 'self'", directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains("base-uri 'self'", directives);
        Assert.Contains("form-action 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Pages_have_no_inline_style_the_policy_would_block(string userName, string url, int status)
    {
        var (response, page) = await site.Client(userName).GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        Assert.Empty(page.QuerySelectorAll("style").Select(s => s.OuterHtml));
        Assert.Empty(page.QuerySelectorAll("[style]").Select(e => $"<{e.LocalName} style=\"{e.GetAttribute("style")}\">"));

        // What the <style> blocks held now comes from the module's or theme's files: each is served.
        foreach (var href in page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))
        {
            using var css = await site.Client(userName).Client.GetAsync(href);
            Assert.True(css.IsSuccessStatusCode, $"{url}: {href} answered {(int)css.StatusCode}");
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Pages_have_no_inline_script_or_event_handler_the_policy_would_block(string userName, string url, int status)
    {
        var (response, page) = await site.Client(userName).GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        Assert.Empty(page.QuerySelectorAll("script:not([src])").Select(s => s.OuterHtml));
        var handlers = page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"));
        Assert.Empty(handlers);
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]").Select(a => a.OuterHtml));
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site_and_not_secure_on_plain_http()
    {
        using var browser = new Browser(site.Site);
        var (login, _) = await browser.GetAsync("/login");
        var antiforgery = Cookie(login, ".AspNetCore.Antiforgery.");
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.DoesNotContain("secure", antiforgery);

        var (signedIn, _) = await browser.SignInAsync("admin", SiteFactory.AdminPassword);
        var auth = Cookie(signedIn, ".AspNetCore.Identity.Application=");
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.DoesNotContain("secure", auth);
    }

    [Fact]
    public async Task On_https_every_cookie_is_secure()
    {
        using var client = site.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        using var login = await client.GetAsync("/login");
        Assert.Contains("secure", Cookie(login, ".AspNetCore.Antiforgery."));
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await login.Content.ReadAsStringAsync());
        var fields = Browser.Fields(form.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form")!);
        fields["UserName"] = "admin";
        fields["Password"] = SiteFactory.AdminPassword;
        using var signedIn = await client.PostAsync("/login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.All(signedIn.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", Attributes(cookie)));
        Assert.Contains("secure", Cookie(signedIn, ".AspNetCore.Identity.Application="));
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no {name} header.");

    /// <summary>The attributes (after name=value) of the cookie whose name starts with <paramref name="prefix"/>, lower-cased.</summary>
    public static IReadOnlyList<string> Cookie(HttpResponseMessage response, string prefix)
        => Attributes((response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
               .FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))
           ?? throw new Xunit.Sdk.XunitException($"No cookie {prefix} set by {response.RequestMessage?.RequestUri}."));

    public static IReadOnlyList<string> Attributes(string setCookie)
        => setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
}
