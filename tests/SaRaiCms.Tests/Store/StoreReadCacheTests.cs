using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Store;

/// <summary>The change counts behind <see cref="IStoreReadCache"/>: advanced by commits only, and a copy read before a commit is stale.</summary>
public sealed class StoreReadCacheTests : IAsyncLifetime
{
    private static readonly string SettingsKind = StoreChangeKinds.Document(typeof(SiteSettings));
    private readonly SiteFactory _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_copy_read_before_a_commit_is_stale_after_it()
    {
        var cache = _site.Services.GetRequiredService<IStoreReadCache>();
        var countBeforeRead = cache.Count(SettingsKind);

        await RenameSiteAsync("Tên mới");
        cache.Set("test:settings", countBeforeRead, "what the read saw");

        Assert.False(cache.TryGet<string>("test:settings", cache.Count(SettingsKind), out _));
        cache.Set("test:settings", cache.Count(SettingsKind), "read again");
        Assert.True(cache.TryGet<string>("test:settings", cache.Count(SettingsKind), out var value));
        Assert.Equal("read again", value);
    }

    [Fact]
    public async Task A_rolled_back_transaction_changes_no_count_and_a_commit_counts_only_the_kinds_it_wrote()
    {
        var cache = _site.Services.GetRequiredService<IStoreReadCache>();
        var settings = cache.Count(SettingsKind);
        var items = cache.Count(StoreChangeKinds.ContentItems);

        await _site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var document = (await session.GetSingletonAsync<SiteSettings>())!;
            document.SiteName = "Không lưu";
            session.Save(document);
            await session.SaveChangesAsync();
        });
        Assert.Equal(settings, cache.Count(SettingsKind));

        await RenameSiteAsync("Đã lưu");
        Assert.Equal(settings + 1, cache.Count(SettingsKind));
        Assert.Equal(items, cache.Count(StoreChangeKinds.ContentItems));
        var name = await _site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>())!.SiteName);
        Assert.Equal("Đã lưu", name);
    }

    private Task RenameSiteAsync(string name)
        => _site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var document = (await session.GetSingletonAsync<SiteSettings>())!;
            document.SiteName = name;
            session.Save(document);
            await session.SaveChangesAsync();
        });
}
