using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Search.Tests.Infrastructure;
using SaRaiCms.Sites;
using SaRaiCms.Testing;

namespace SaRaiCms.Search.Tests.Search;

/// <summary>Indexes per site, the CLI verb and the rebuild at start.</summary>
public sealed class SiteIndexTests
{
    [Fact]
    public async Task Each_site_has_its_own_index_in_its_own_data_folder()
    {
        await using var withContent = await SearchSite.StartWithContentAsync();
        await using var other = SearchSite.Create().With("SaRaiCms:SiteName", "XaTanHong");
        _ = other.Server;

        Assert.NotEmpty(await withContent.FindAsync("sa rai"));
        Assert.Empty(await other.FindAsync("sa rai"));

        var first = withContent.Services.GetRequiredService<SearchIndexManager>().For(withContent.Services.GetRequiredService<ISiteAccessor>().Current);
        var second = other.Services.GetRequiredService<SearchIndexManager>().For(other.Services.GetRequiredService<ISiteAccessor>().Current);
        Assert.Equal(Path.Combine(withContent.DataPath, "Sites", "Default", "Search"), first.Path);
        Assert.Equal(Path.Combine(other.DataPath, "Sites", "XaTanHong", "Search"), second.Path);
    }

    [Fact]
    public async Task A_lost_index_is_rebuilt_when_the_site_starts()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "saraicms-search-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var site = await SearchSite.StartWithContentAsync(dataPath))
            {
                Assert.NotEmpty(await site.FindAsync("sa rai"));
            }

            await SiteFactory.DeleteFolderAsync(Path.Combine(dataPath, "Sites", "Default", "Search"));
            await using var restarted = SearchSite.Create(dataPath);
            _ = restarted.Server;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await restarted.FindAsync("sa rai")).Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            Assert.NotEmpty(await restarted.FindAsync("sa rai"));
            Assert.NotEmpty(await restarted.FindAsync("45-NQ/ĐU"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await SiteFactory.DeleteFolderAsync(dataPath);
        }
    }

    [Fact]
    public async Task The_search_reindex_verb_rebuilds_the_site_index()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "saraicms-search-tests", Guid.NewGuid().ToString("N"));
        var recipe = Path.Combine(AppContext.BaseDirectory, "TestData", "sarai-search.recipe.json");
        try
        {
            var run = await CliRunner.RunAsync(dataPath, "recipe", "run", recipe);
            Assert.True(run.ExitCode == 0, run.StdErr);

            var reindex = await CliRunner.RunAsync(dataPath, "search", "reindex");
            Assert.True(reindex.ExitCode == 0, reindex.StdErr);
            Assert.Contains("Search index rebuilt: 5 items", reindex.StdOut);

            var usage = await CliRunner.RunAsync(dataPath, "search", "reindex", "now");
            Assert.Equal(2, usage.ExitCode);

            await using var site = SearchSite.Create(dataPath);
            _ = site.Server;
            Assert.NotEmpty(await site.FindAsync("sa rai"));

            // While the site runs it holds the index: the verb says so instead of corrupting it.
            var locked = await CliRunner.RunAsync(dataPath, "search", "reindex");
            Assert.Equal(1, locked.ExitCode);
            Assert.Contains("in use by another SaRaiCms process", locked.StdErr);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await SiteFactory.DeleteFolderAsync(dataPath);
        }
    }
}
