using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Store;

/// <summary>A page reads the site settings from several services: one unit of work reads them from the store once.</summary>
public sealed class SingletonReadTests
{
    [Fact]
    public async Task A_singleton_is_read_from_the_store_once_per_unit_of_work_and_saved_changes_are_seen()
    {
        // Listening before the host starts (see SqlCommandCounter).
        using var commands = new SqlCommandCounter();
        await using var site = new SiteFactory();
        _ = site.Server;
        await site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            commands.Context = sp.GetRequiredService<StoreDbContext>();

            var first = await session.GetSingletonAsync<SiteSettings>();
            var afterFirst = commands.Count;
            var second = await session.GetSingletonAsync<SiteSettings>();

            Assert.NotNull(first);
            Assert.Same(first, second);
            Assert.True(afterFirst >= 1);
            Assert.Equal(afterFirst, commands.Count);

            first!.SiteName = "Đổi tên";
            session.Save(first);
            await session.SaveChangesAsync();
            Assert.Equal("Đổi tên", (await session.GetSingletonAsync<SiteSettings>())!.SiteName);
        });

        // Another unit of work reads the saved document again.
        Assert.Equal("Đổi tên", await site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>())!.SiteName));
    }
}
