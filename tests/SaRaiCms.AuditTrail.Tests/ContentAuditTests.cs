using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Tests;

public sealed class ContentAuditTests(AuditSite fixture) : IClassFixture<AuditSite>
{
    private static async Task<ContentItem> NewArticleAsync(IContentManager contents, string title)
    {
        var item = await contents.NewAsync("Article");
        item.Alter<TitlePart>(p => p.Title = title);
        item.Alter<HtmlBodyPart>(p => p.Html = "<p>Nội dung</p>");
        return item;
    }

    [Fact]
    public async Task Publishing_unpublishing_and_deleting_are_logged_with_the_signed_in_user()
    {
        string? id = null;
        await fixture.AsUserAsync(AuditSite.Editor, async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await NewArticleAsync(contents, "Thông báo lịch tiếp dân");
            id = item.ContentItemId;
            await contents.CreateAsync(item, VersionOptions.Published);
            await contents.SaveChangesAsync();
            await contents.UnpublishAsync(item);
            await contents.SaveChangesAsync();
            await contents.RemoveAsync(item);
            await contents.SaveChangesAsync();
        });

        var events = await fixture.EventsAsync(q => q.Where(i => i.ContentItemId == id));
        Assert.Equal([AuditEventNames.Published, AuditEventNames.Unpublished, AuditEventNames.Removed], events.Select(e => e.Name));
        Assert.All(events, e =>
        {
            Assert.Equal(AuditSite.Editor, e.UserName);
            Assert.NotNull(e.UserId);
            Assert.Equal(AuditCategories.Content, e.Category);
            Assert.Equal("Article", e.ContentType);
            Assert.Equal("Thông báo lịch tiếp dân", e.DisplayText);
        });
    }

    [Fact]
    public async Task Work_without_a_signed_in_user_is_logged_as_the_system()
    {
        var id = await fixture.Site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await NewArticleAsync(contents, "Đăng tự động");
            await contents.CreateAsync(item, VersionOptions.Published);
            await contents.SaveChangesAsync();
            return item.ContentItemId;
        });

        var e = Assert.Single(await fixture.EventsAsync(q => q.Where(i => i.ContentItemId == id)));
        Assert.Equal(AuditTrailService.SystemUserName, e.UserName);
    }

    [Fact]
    public async Task A_rolled_back_or_unsaved_unit_of_work_logs_nothing()
    {
        var before = await fixture.CountAsync();
        string? rolledBack = null;
        string? unsaved = null;
        await fixture.AsUserAsync(AuditSite.Editor, async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await using (await sp.GetRequiredService<IDocumentSession>().BeginTransactionAsync())
            {
                var item = await NewArticleAsync(contents, "Bị hủy");
                rolledBack = item.ContentItemId;
                await contents.CreateAsync(item, VersionOptions.Published);
                await contents.SaveChangesAsync();
                // Disposed without commit: the publish and its audit event are rolled back together.
            }
        });
        await fixture.AsUserAsync(AuditSite.Editor, async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await NewArticleAsync(contents, "Không lưu");
            unsaved = item.ContentItemId;
            await contents.CreateAsync(item, VersionOptions.Published);
        });

        Assert.Empty(await fixture.EventsAsync(q => q.Where(i => i.ContentItemId == rolledBack || i.ContentItemId == unsaved)));
        Assert.Equal(before, await fixture.CountAsync());
        Assert.Null(await fixture.Site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(rolledBack!, VersionOptions.Published)));
    }
}
