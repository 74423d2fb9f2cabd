using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.News;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.OutputCache.Tests;

/// <summary>The output cache of public pages over HTTP, on the Sa Rài site.</summary>
public sealed class PageCacheTests(CachedSite site) : IClassFixture<CachedSite>
{
    [Fact]
    public async Task A_second_anonymous_request_is_served_from_the_cache()
    {
        const string path = "/lanh-dao?test=second-request";
        var (first, firstHtml) = await site.GetAsync(path);
        var (second, secondHtml) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(CachedSite.IsHit(first));
        Assert.True(CachedSite.IsHit(second));
        Assert.Equal(firstHtml, secondHtml);
    }

    [Fact]
    public async Task Publishing_a_change_shows_on_the_article_the_news_list_the_home_page_and_the_related_meeting_on_the_next_request()
    {
        string[] paths = [site.NewsPath, "/tin-tuc", "/", CachedSite.RelatedMeetingPath];
        foreach (var path in paths)
        {
            await site.WarmAsync(path);
        }

        var lead = $"Sáng nay, Đảng bộ thị trấn Sa Rài sơ kết 6 tháng (bản sửa {Guid.NewGuid():N}).";
        await site.ChangeLeadAndPublishAsync(CachedSite.NewsId, lead);

        foreach (var path in paths)
        {
            var (response, html) = await site.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(CachedSite.IsHit(response), $"{path} still came from the cache.");
            if (path != CachedSite.RelatedMeetingPath)
            {
                // The meeting's page lists the article by title only; it is rendered again all the same.
                Assert.Contains(lead, html);
            }
        }
    }

    [Fact]
    public async Task An_unrelated_page_stays_cached_when_an_article_is_published()
    {
        await site.WarmAsync(CachedSite.UnrelatedPath);

        await site.ChangeLeadAndPublishAsync(CachedSite.NewsId, $"Sơ kết 6 tháng đầu năm ({Guid.NewGuid():N}).");

        var (response, _) = await site.GetAsync(CachedSite.UnrelatedPath);
        Assert.True(CachedSite.IsHit(response));
    }

    [Fact]
    public async Task Unpublishing_takes_an_article_off_its_page_the_list_and_the_home_page_and_publishing_brings_it_back_at_once()
    {
        string[] lists = ["/tin-tuc", "/"];
        await site.WarmAsync(site.OtherNewsPath);
        foreach (var path in lists)
        {
            await site.WarmAsync(path);
            Assert.Contains(site.OtherNewsPath, (await site.GetAsync(path)).Html);
        }

        await site.UnpublishAsync(CachedSite.OtherNewsId);

        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(site.OtherNewsPath)).Response.StatusCode);
        foreach (var path in lists)
        {
            var (response, html) = await site.GetAsync(path);
            Assert.False(CachedSite.IsHit(response), $"{path} still came from the cache.");
            Assert.DoesNotContain(site.OtherNewsPath, html);
            await site.WarmAsync(path);
        }

        await site.PublishLatestAsync(CachedSite.OtherNewsId);

        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync(site.OtherNewsPath)).Response.StatusCode);
        foreach (var path in lists)
        {
            Assert.Contains(site.OtherNewsPath, (await site.GetAsync(path)).Html);
        }
    }

    [Fact]
    public async Task A_signed_in_users_requests_are_neither_served_from_nor_stored_in_the_cache()
    {
        var path = site.NewsPath + "?test=signed-in";
        await site.WarmAsync(path);
        using var editor = await site.SignedInClientAsync();

        var (fromCache, _) = await site.GetAsync(path, editor);
        Assert.False(CachedSite.IsHit(fromCache));

        var fresh = site.NewsPath + "?test=signed-in-first";
        await site.GetAsync(fresh, editor);
        await site.GetAsync(fresh, editor);
        var (anonymous, _) = await site.GetAsync(fresh);
        Assert.False(CachedSite.IsHit(anonymous), "the signed-in user's page was stored.");
    }

    [Fact]
    public async Task Admin_pages_are_never_cached()
    {
        using var editor = await site.SignedInClientAsync();
        var (first, _) = await site.GetAsync("/admin", editor);
        var (second, _) = await site.GetAsync("/admin", editor);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(CachedSite.IsHit(second));

        // Not even an anonymous request without cookies (as a misconfigured proxy might send it).
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/admin/contents";
        Assert.False(PublicPageCachePolicy.IsCacheableRequest(http, new PageCacheOptions()));
        http.Request.Path = "/tin-tuc";
        Assert.True(PublicPageCachePolicy.IsCacheableRequest(http, new PageCacheOptions()));
    }

    [Fact]
    public async Task Analytics_cookies_do_not_bypass_the_cache_but_other_cookies_do()
    {
        const string path = "/to-chuc?test=cookies";
        await site.WarmAsync(path);

        using var analytics = new HttpRequestMessage(HttpMethod.Get, path);
        analytics.Headers.Add("Cookie", "_ga=GA1.1.123");
        Assert.True(CachedSite.IsHit(await site.Client.SendAsync(analytics)));

        using var session = new HttpRequestMessage(HttpMethod.Get, path);
        session.Headers.Add("Cookie", "session=abc");
        Assert.False(CachedSite.IsHit(await site.Client.SendAsync(session)));
    }

    [Fact]
    public async Task The_view_counter_counts_every_read_while_the_article_is_cached()
    {
        var beacon = Committee.News.NewsPages.ViewBeaconPath(CachedSite.NewsId);
        var before = await ViewsAsync();

        var (first, firstHtml) = await site.GetAsync(site.NewsPath + "?test=views");
        await site.Client.PostAsync(beacon, null);
        var (second, secondHtml) = await site.GetAsync(site.NewsPath + "?test=views");
        using var counted = await site.Client.PostAsync(beacon, null);

        Assert.True(CachedSite.IsHit(second));
        Assert.Contains($"data-view-beacon=\"{beacon}\"", firstHtml);
        Assert.Contains($"data-view-beacon=\"{beacon}\"", secondHtml);
        Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        Assert.Contains("\"views\":" + (before + 2), await counted.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, await ViewsAsync());
        Assert.False(CachedSite.IsHit(counted));

        // Only published news articles are counted.
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.PostAsync(Committee.News.NewsPages.ViewBeaconPath("page-gioi-thieu"), null)).StatusCode);
        _ = first;
    }

    [Fact]
    public async Task Evicting_one_sites_tags_leaves_another_sites_pages_cached()
    {
        var store = site.Factory.Services.GetRequiredService<IOutputCacheStore>();
        var item = new ContentItem { ContentItemId = "shared-id", ContentType = "News" };
        await store.SetAsync("other-site-page", [1, 2, 3], [PageCacheTags.Item("Other", item.ContentItemId), PageCacheTags.List("Other", "News")], TimeSpan.FromMinutes(5), default);
        await store.SetAsync("this-site-page", [4], [PageCacheTags.Item("Default", item.ContentItemId)], TimeSpan.FromMinutes(5), default);

        await site.Factory.Services.GetRequiredService<PageCacheEvictor>().EvictAsync(PageCacheTags.ForChange("Default", item), default);

        Assert.NotNull(await store.GetAsync("other-site-page", default));
        Assert.Null(await store.GetAsync("this-site-page", default));
    }

    private Task<long> ViewsAsync()
        => site.Factory.InScopeAsync(async sp => await sp.GetRequiredService<IDocumentSession>().Query<NewsViewCount>()
            .Where(c => c.ContentItemId == CachedSite.NewsId).Select(c => c.Views).FirstOrDefaultAsync());
}
