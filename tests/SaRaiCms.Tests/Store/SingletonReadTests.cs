using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Store;

/// <summary>
/// Every page reads the site settings, from several services: the committed row is read from the
/// store once, kept across units of work until a commit writes it, and read from the store inside
/// a transaction.
/// </summary>
public sealed class SingletonReadTests
{
    [Fact]
    public async Task A_singleton_is_read_from_the_store_once_until_a_commit_writes_it()
    {
        // Listening before the host starts (see SqlCommandCounter).
        using var commands = new SqlCommandCounter();
        await using var site = new SiteFactory();
        _ = site.Server;

        // A save first, so the next read cannot come from a copy kept at start-up.
        await site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var settings = (await session.GetSingletonAsync<SiteSettings>())!;
            settings.SiteName = "Đảng bộ thị trấn Sa Rài";
            session.Save(settings);
            await session.SaveChangesAsync();
        });

        var (readFirst, readSecond) = await CountReadsAsync(site, commands, 2);
        Assert.True(readFirst >= 1);
        Assert.Equal(0, readSecond);

        // Another unit of work: the committed row is kept.
        Assert.Equal(0, (await CountReadsAsync(site, commands, 1)).First);

        await site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var settings = (await session.GetSingletonAsync<SiteSettings>())!;
            settings.SiteName = "Đổi tên";
            session.Save(settings);
            await session.SaveChangesAsync();
            Assert.Equal("Đổi tên", (await session.GetSingletonAsync<SiteSettings>())!.SiteName);
        });

        // The commit made the kept row stale: the next unit of work reads the store again.
        var name = await site.InScopeAsync(async sp =>
        {
            commands.Context = sp.GetRequiredService<StoreDbContext>();
            var before = commands.Count;
            var settings = await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>();
            Assert.True(commands.Count > before);
            return settings!.SiteName;
        });
        Assert.Equal("Đổi tên", name);

        // Inside a transaction the store is read, not the kept row.
        await site.InScopeAsync(async sp =>
        {
            commands.Context = sp.GetRequiredService<StoreDbContext>();
            var session = sp.GetRequiredService<IDocumentSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var before = commands.Count;
            await session.GetSingletonAsync<SiteSettings>();
            Assert.True(commands.Count > before);
        });
    }

    private static Task<(int First, int Second)> CountReadsAsync(SiteFactory site, SqlCommandCounter commands, int reads)
        => site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            commands.Context = sp.GetRequiredService<StoreDbContext>();
            var start = commands.Count;
            var first = await session.GetSingletonAsync<SiteSettings>();
            var afterFirst = commands.Count;
            var second = reads > 1 ? await session.GetSingletonAsync<SiteSettings>() : first;
            Assert.NotNull(first);
            Assert.Same(first, second);
            return (afterFirst - start, commands.Count - afterFirst);
        });
}
