using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;
using SaRaiCms.Tests.Infrastructure;

namespace SaRaiCms.Tests.Store;

/// <summary>The document store and content manager, on SQLite and on a real PostgreSQL server.</summary>
public sealed class DocumentStoreTests
{
    public static TheoryData<StoreProvider> Providers => new() { StoreProvider.Sqlite, StoreProvider.Postgres };

    private static async Task<SiteFactory> StartAsync(StoreProvider provider)
    {
        var site = new SiteFactory(provider);
        _ = site.Server;
        await site.RunRecipeAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "notice.recipe.json")));
        return site;
    }

    private static async Task<ContentItem> CreateNoticeAsync(SiteFactory site, string title, bool publish = true)
        => await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Notice");
            item.Alter<TitlePart>(p => p.Title = title);
            await content.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
            await content.SaveChangesAsync();
            return item;
        });

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Saved_item_reads_back_with_its_index_rows(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "  Hội nghị Đảng bộ thị trấn Sa Rài ");

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var read = await content.GetAsync(created.ContentItemId, VersionOptions.Published);
            Assert.NotNull(read);
            Assert.Equal("Hội nghị Đảng bộ thị trấn Sa Rài", read.DisplayText);
            Assert.Equal("thong-bao/hoi-nghi-dang-bo-thi-tran-sa-rai", read.As<AutoroutePart>()!.Path);

            var session = sp.GetRequiredService<IDocumentSession>();
            var rows = await session.Query<ContentItemIndex>().Where(i => i.ContentItemId == created.ContentItemId).ToListAsync();
            var row = Assert.Single(rows);
            Assert.True(row.Published && row.Latest);
            Assert.Equal("Notice", row.ContentType);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_updates_from_the_same_version_one_wins_the_other_is_refused(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "Bản gốc", publish: false);

        // Two editors open the same version.
        var first = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(created.ContentItemId, VersionOptions.Latest));
        var second = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(created.ContentItemId, VersionOptions.Latest));

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            first!.Alter<TitlePart>(p => p.Title = "Sửa của người thứ nhất");
            Assert.True((await content.UpdateAsync(first)).Succeeded);
            await content.SaveChangesAsync();
        });

        var error = await Assert.ThrowsAsync<ContentConcurrencyException>(() => site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            second!.Alter<TitlePart>(p => p.Title = "Sửa của người thứ hai");
            await content.UpdateAsync(second);
            await content.SaveChangesAsync();
        }));
        Assert.Contains("not saved", error.Message);

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(created.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Sửa của người thứ nhất", stored!.DisplayText);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Racing_writers_at_the_store_level_get_a_concurrency_error(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "Bản gốc", publish: false);

        // Both sessions pass the content manager's check, then race at the database.
        await using var scopeA = site.Services.CreateAsyncScope();
        await using var scopeB = site.Services.CreateAsyncScope();
        var sessionA = scopeA.ServiceProvider.GetRequiredService<IDocumentSession>();
        var sessionB = scopeB.ServiceProvider.GetRequiredService<IDocumentSession>();
        var a = (await sessionA.GetAsync<ContentItem>(created.Id))!;
        var b = (await sessionB.GetAsync<ContentItem>(created.Id))!;
        a.DisplayText = "A";
        b.DisplayText = "B";
        sessionA.Save(a);
        await sessionA.SaveChangesAsync();
        sessionB.Save(b);
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => sessionB.SaveChangesAsync());

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().GetAsync<ContentItem>(created.Id));
        Assert.Equal("A", stored!.DisplayText);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Draft_of_published_item_makes_a_new_version_and_publish_retires_the_old(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "Phiên bản 1");

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(created.ContentItemId, VersionOptions.DraftRequired))!;
            Assert.NotEqual(created.ContentItemVersionId, draft.ContentItemVersionId);
            draft.Alter<TitlePart>(p => p.Title = "Phiên bản 2");
            Assert.True((await content.UpdateAsync(draft)).Succeeded);
            await content.SaveChangesAsync();
        });

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            Assert.Equal("Phiên bản 1", (await content.GetAsync(created.ContentItemId, VersionOptions.Published))!.DisplayText);
            var latest = (await content.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            Assert.Equal("Phiên bản 2", latest.DisplayText);
            Assert.False(latest.Published);
            await content.PublishAsync(latest);
            await content.SaveChangesAsync();
        });

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var versions = await content.GetVersionsAsync(created.ContentItemId);
            Assert.Equal(2, versions.Count);
            Assert.Single(versions, v => v.Published);
            Assert.Single(versions, v => v.Latest);
            Assert.Equal("Phiên bản 2", (await content.GetAsync(created.ContentItemId, VersionOptions.Published))!.DisplayText);
            Assert.Equal("Phiên bản 1", (await content.GetAsync(created.ContentItemId, VersionOptions.ByVersion(created.ContentItemVersionId)))!.DisplayText);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unpublish_delete_and_clone(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "Để xóa");

        var clone = await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(created.ContentItemId, VersionOptions.Published))!;
            var copy = await content.CloneAsync(item);
            await content.UnpublishAsync(item);
            await content.SaveChangesAsync();
            return copy;
        });

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Published));
            var latest = (await content.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            Assert.False(latest.Published);
            var copy = (await content.GetAsync(clone.ContentItemId, VersionOptions.Latest))!;
            Assert.Equal("Để xóa", copy.DisplayText);
            Assert.NotEqual(created.As<AutoroutePart>()!.Path, copy.As<AutoroutePart>()!.Path);
            await content.RemoveAsync(latest);
            await content.SaveChangesAsync();
        });

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Latest));
            Assert.NotEmpty(await content.GetVersionsAsync(created.ContentItemId));
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Index_query_pages_in_the_database_newest_first(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            for (var i = 0; i < 25; i++)
            {
                var item = await content.NewAsync("Notice");
                item.Alter<TitlePart>(p => p.Title = $"Thông báo số {i:00}");
                await content.CreateAsync(item, VersionOptions.Published);
                item.PublishedUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i);
            }

            await content.SaveChangesAsync();
        });

        await site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var page = await session.ListAsync<ContentItem, ContentItemIndex>(
                session.Query<ContentItemIndex>().Where(i => i.ContentType == "Notice" && i.Published && i.DisplayText.StartsWith("Thông báo số"))
                    .OrderByDescending(i => i.PublishedUtc).Skip(5).Take(10));
            Assert.Equal(10, page.Count);
            Assert.Equal("Thông báo số 19", page[0].DisplayText);
            Assert.Equal("Thông báo số 10", page[9].DisplayText);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_save_leaves_the_previous_version_intact(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var created = await CreateNoticeAsync(site, "Còn nguyên");
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            item.Alter<AutoroutePart>(p => p.Path = "admin/../x y");
            item.Alter<TitlePart>(p => p.Title = "Không được lưu");
            var result = await content.UpdateAsync(item);
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e.Member == "AutoroutePart.Path");
            await content.SaveChangesAsync();
        });

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(created.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Còn nguyên", stored!.DisplayText);
    }
}
