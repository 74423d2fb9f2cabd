using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.OutputCache.Tests;

/// <summary>One Sa Rài site (the "sarai" setup recipe) with the output cache on, shared by a test class.</summary>
public sealed partial class CachedSite : IAsyncLifetime
{
    public const string NewsId = "news-so-ket-6-thang-2023";
    public const string OtherNewsId = "news-dai-hoi-hoi-nong-dan";

    /// <summary>
    /// The articles' paths once published through the content manager, which makes the path from
    /// the title (the recipe's own paths are shorter): set by <see cref="InitializeAsync"/>.
    /// </summary>
    public string NewsPath { get; private set; } = "";

    public string OtherNewsPath { get; private set; } = "";

    /// <summary>The meeting the first article refers to; its page lists the news about it.</summary>
    public const string RelatedMeetingPath = "/hoi-nghi/so-ket-6-thang-dau-nam-2023";

    /// <summary>A page showing nothing of the news.</summary>
    public const string UnrelatedPath = "/gioi-thieu";

    public SiteFactory Factory { get; } = new(setupRecipe: "sarai");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = NewClient();
        NewsPath = await RepublishAsync(NewsId);
        OtherNewsPath = await RepublishAsync(OtherNewsId);
    }

    private Task<string> RepublishAsync(string contentItemId)
        => Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(contentItemId, VersionOptions.DraftRequired))!;
            await content.UpdateAsync(item);
            await content.PublishAsync(item);
            await content.SaveChangesAsync();
            return "/" + (await content.GetAsync(contentItemId, VersionOptions.Published))!.As<AutoroutePart>()!.Path;
        });

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public HttpClient NewClient(bool cookies = false)
        => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    public static bool IsHit(HttpResponseMessage response)
        => response.Headers.TryGetValues(PublicPageCachePolicy.CacheHeader, out var values) && values.Contains("hit");

    /// <summary>Requests <paramref name="path"/> until it comes from the cache (at most twice), so later assertions start warm.</summary>
    public async Task WarmAsync(string path)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (IsHit(response))
            {
                return;
            }
        }

        Assert.Fail($"GET {path} was not served from the cache on the second request.");
    }

    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Changes an article's lead in a new draft and publishes it, as an editor would (the title would move its path).</summary>
    public Task ChangeLeadAndPublishAsync(string contentItemId, string lead)
        => Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(contentItemId, VersionOptions.DraftRequired))!;
            draft.Alter<ContentPart>("News", p => p.Set("Lead", new TextField { Text = lead }));
            var result = await content.UpdateAsync(draft);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            await content.PublishAsync(draft);
            await content.SaveChangesAsync();
        });

    public Task UnpublishAsync(string contentItemId)
        => Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            await content.UnpublishAsync((await content.GetAsync(contentItemId, VersionOptions.Published))!);
            await content.SaveChangesAsync();
        });

    public Task PublishLatestAsync(string contentItemId)
        => Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            await content.PublishAsync((await content.GetAsync(contentItemId, VersionOptions.Latest))!);
            await content.SaveChangesAsync();
        });

    /// <summary>A client signed in as the site's administrator through the login form.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = NewClient(cookies: true);
        var login = await client.GetStringAsync("/login");
        var token = TokenPattern().Match(login).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token));
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["UserName"] = "admin",
            ["Password"] = "Test-Passw0rd!",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
