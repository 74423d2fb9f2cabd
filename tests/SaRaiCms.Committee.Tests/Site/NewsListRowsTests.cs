using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Tests.Site.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>
/// The news index has a row per category of an article: lists, the home page and the feed show
/// and count each article once, and each of its categories lists it once.
/// </summary>
public sealed class NewsListRowsTests : IAsyncLifetime
{
    private const string Title = "Đảng bộ thị trấn Sa Rài sơ kết công tác 6 tháng đầu năm 2023";
    private readonly UncachedSaraiSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();

        // Two categories, one of them twice (as a hand-written import could have it).
        await _site.Factory.InScopeAsync(async sp =>
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

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task An_article_in_two_categories_is_listed_and_counted_once()
    {
        var list = await _site.GetAsync("/tin-tuc");
        Assert.Single(list.Texts(".news-summary h2"), Title);
        Assert.Equal(list.Texts(".news-summary h2").Distinct().Count(), list.Texts(".news-summary h2").Count);

        foreach (var category in new[] { "xay-dung-dang", "kinh-te-xa-hoi" })
        {
            var page = await _site.GetAsync("/tin-tuc?chuyen-muc=" + category);
            Assert.Single(page.Texts(".news-summary h2"), Title);
        }

        var home = await _site.GetAsync("/");
        Assert.Equal(home.Texts(".home-news .card-title").Distinct().Count(), home.Texts(".home-news .card-title").Count);

        var feed = await _site.Client.GetStringAsync("/rss.xml");
        Assert.Equal(1, feed.Split("<title>" + Title + "</title>").Length - 1);
    }
}
