using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Site.Tests.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Committee.Site.Tests;

/// <summary>
/// The news index has a row per category of an article: lists, the home page and the feed show
/// and count each article once, and each of its categories lists it once.
/// </summary>
public sealed class NewsListRowsTests : IAsyncLifetime
{
    private const string Title = "Đảng bộ thị trấn Sa Rài sơ kết công tác 6 tháng đầu năm 2023";
    private readonly SiteFactory _site = new SiteFactory(StoreProvider.Sqlite, setupRecipe: "sarai").With("SaRaiCms:OutputCache:Enabled", "false");
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SaraiSite.RunTestRecipeAsync(_site);

        // Two categories, one of them twice (as a hand-written import could have it).
        await _site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(SaraiSite.NewsId, VersionOptions.DraftRequired))!;
            draft.Alter<ContentPart>("News", p =>
            {
                var category = p.Get<TaxonomyField>("Category")!;
                category.TermContentItemIds = ["cat-xay-dung-dang", "cat-kinh-te-xa-hoi", "cat-kinh-te-xa-hoi"];
                p.Set("Category", category);
            });
            var result = await content.UpdateAsync(draft);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            await content.PublishAsync(draft);
            await content.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task An_article_in_two_categories_is_listed_and_counted_once()
    {
        var list = await SaraiSite.GetAsync(_client, "/tin-tuc");
        Assert.Single(list.Texts(".news-summary h2"), Title);
        Assert.Equal(list.Texts(".news-summary h2").Distinct().Count(), list.Texts(".news-summary h2").Count);

        foreach (var category in new[] { "xay-dung-dang", "kinh-te-xa-hoi" })
        {
            var page = await SaraiSite.GetAsync(_client, "/tin-tuc?chuyen-muc=" + category);
            Assert.Single(page.Texts(".news-summary h2"), Title);
        }

        var home = await SaraiSite.GetAsync(_client, "/");
        Assert.Equal(home.Texts(".home-news .card-title").Distinct().Count(), home.Texts(".home-news .card-title").Count);

        var feed = await _client.GetStringAsync("/rss.xml");
        Assert.Equal(1, feed.Split("<title>" + Title + "</title>").Length - 1);
    }
}
