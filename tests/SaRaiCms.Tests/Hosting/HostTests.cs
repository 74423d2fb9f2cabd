using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Hosting;

public sealed class HostTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task First_start_sets_up_the_sa_rai_site_and_a_second_start_reuses_it(StoreProvider provider)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "saraicms-tests", Guid.NewGuid().ToString("N"));
        string? schema = null;
        int itemCount;
        await using (var first = new SiteFactory(provider, setupRecipe: "sarai", dataPath: dataPath))
        {
            schema = first.Schema;
            var client = first.CreateClient();
            var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Đảng bộ thị trấn Sa Rài", await home.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gioi-thieu")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/khong-ton-tai")).StatusCode);
            if (provider == StoreProvider.Sqlite)
            {
                Assert.True(File.Exists(Path.Combine(dataPath, "Sites", "Default", "saraicms.db")));
            }

            itemCount = await first.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().CountAsync());
            var settings = await first.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>());
            Assert.Equal("sarai", settings!.SetupRecipe);
            Assert.True(await first.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().IsEnabledAsync("SaRaiCms.Committee")));
        }

        await using var second = new SiteFactory(provider, setupRecipe: "sarai", dataPath: dataPath, schema: schema);
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/")).StatusCode);
        Assert.Equal(itemCount, await second.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().CountAsync()));
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task A_failing_setup_recipe_leaves_an_empty_store_and_is_retried()
    {
        var failing = new SiteFactory(setupRecipe: Path.Combine(AppContext.BaseDirectory, "TestData", "half-failing.recipe.json"));
        var error = Assert.ThrowsAny<Exception>(() => failing.Server);
        Assert.Contains("item 'orphan'", error.ToString());

        // The next start of the same site runs setup again, with a recipe that works this time.
        await using var retried = failing.Restart().With("SaRaiCms:SetupRecipe", Path.Combine(AppContext.BaseDirectory, "TestData", "notice.recipe.json"));
        await failing.DisposeAsync();
        var items = await retried.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().Select(i => i.ContentItemId).Distinct().ToListAsync());
        Assert.Contains("notice00000000000000000001", items);
        // Nothing the failed attempt wrote before its failing step was kept.
        Assert.DoesNotContain("halfnotice0000000000000001", items);
        Assert.Equal(1, await retried.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<SaRaiCms.Users.Indexes.UserIndex>().CountAsync()));
    }

    [Fact]
    public async Task Modules_are_discovered_in_dependency_order()
    {
        await using var site = new SiteFactory();
        var catalog = site.Services.GetRequiredService<ModuleCatalog>();
        var ids = catalog.Modules.Select(m => m.Id).ToList();
        Assert.Contains("SaRaiCms.Contents", ids);
        Assert.True(ids.IndexOf("SaRaiCms.Core") < ids.IndexOf("SaRaiCms.Contents"));
        Assert.True(ids.IndexOf("SaRaiCms.Contents") < ids.IndexOf("SaRaiCms.Committee"));
        Assert.Equal("SaRaiCms.Contents", catalog.FindByFeatureId("OrchardCore.Title")!.Id);
    }
}
