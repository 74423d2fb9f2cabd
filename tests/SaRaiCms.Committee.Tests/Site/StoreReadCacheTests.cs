using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Tests.Site.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>
/// Public pages keep what every page reads (site settings, the news categories, linked items'
/// titles and paths) across requests until a commit writes that kind of document. With the output
/// cache off, each change must show on the very next request, and uncommitted writes must never
/// leak into the kept copies.
/// </summary>
public sealed class StoreReadCacheTests : IAsyncLifetime
{
    private const string MeetingId = "mtg-2023-06-28";
    private const string TaxonomyId = "tax-chuyen-muc";
    private const string CategoryId = "cat-xay-dung-dang";

    private readonly UncachedSaraiSite _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Saved_site_settings_show_on_the_next_page()
    {
        var before = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.EndsWith(" - Đảng bộ thị trấn Sa Rài", before.Document.Title);

        await _site.Factory.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var settings = (await session.GetSingletonAsync<SiteSettings>())!;
            settings.SiteName = "Đảng bộ xã Tân Hồng";
            session.Save(settings);
            await session.SaveChangesAsync();
        });

        var after = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.EndsWith(" - Đảng bộ xã Tân Hồng", after.Document.Title);
    }

    [Fact]
    public async Task A_renamed_category_shows_on_the_article_and_the_news_list_on_the_next_request()
    {
        var before = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Contains("Xây dựng Đảng", before.Texts(".article-meta a"));

        await ChangeAndPublishAsync(TaxonomyId, taxonomy => taxonomy.Alter<TaxonomyPart>(p => p.Terms.Single(t => t.ContentItemId == CategoryId).DisplayText = "Công tác xây dựng Đảng"));

        var article = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Contains("Công tác xây dựng Đảng", article.Texts(".article-meta a"));
        var list = await _site.GetAsync("/tin-tuc");
        Assert.Contains("Công tác xây dựng Đảng", list.Texts("nav.chips a"));
    }

    [Fact]
    public async Task A_retitled_meeting_shows_in_the_articles_related_links_on_the_next_request()
    {
        var before = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Equal("Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023", before.Text(".related dd a"));

        const string title = "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (đã sửa)";
        await ChangeAndPublishAsync(MeetingId, meeting => meeting.Alter<TitlePart>(p => p.Title = title));

        var after = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Equal(title, after.Text(".related dd a"));
    }

    [Fact]
    public async Task An_unpublished_linked_item_leaves_the_article_on_the_next_request()
    {
        const string meetingLink = ".related a[href='/hoi-nghi/so-ket-6-thang-dau-nam-2023']";
        var before = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.NotNull(before.Document.QuerySelector(meetingLink));

        await _site.Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            await content.UnpublishAsync((await content.GetAsync(MeetingId, VersionOptions.Published))!);
            await content.SaveChangesAsync();
        });

        var after = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Null(after.Document.QuerySelector(meetingLink));
    }

    [Fact]
    public async Task Inside_a_transaction_lookups_see_its_writes_and_a_rollback_leaves_the_kept_copy_as_committed()
    {
        const string committed = "Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023";
        Assert.Equal(committed, await TitleAsync());

        await _site.Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var session = sp.GetRequiredService<IDocumentSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var draft = (await content.GetAsync(MeetingId, VersionOptions.DraftRequired))!;
            draft.Alter<TitlePart>(p => p.Title = "Tiêu đề chưa lưu");
            await content.UpdateAsync(draft);
            await content.PublishAsync(draft);
            await content.SaveChangesAsync();

            var seen = await sp.GetRequiredService<ContentLookup>().TitlesAndPathsAsync([MeetingId]);
            Assert.Equal("Tiêu đề chưa lưu", seen[MeetingId].Title);

            // Disposed without commit: rolled back.
        });

        Assert.Equal(committed, await TitleAsync());
        var page = await _site.GetAsync(SaraiSite.NewsPath);
        Assert.Equal(committed, page.Text(".related dd a"));
    }

    private Task<string> TitleAsync()
        => _site.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<ContentLookup>().TitlesAndPathsAsync([MeetingId]))[MeetingId].Title);

    private Task ChangeAndPublishAsync(string contentItemId, Action<ContentItem> change)
        => _site.Factory.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(contentItemId, VersionOptions.DraftRequired))!;
            change(draft);
            var result = await content.UpdateAsync(draft);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            await content.PublishAsync(draft);
            await content.SaveChangesAsync();
        });
}
