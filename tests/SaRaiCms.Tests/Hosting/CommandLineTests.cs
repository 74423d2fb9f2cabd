using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Tests.Infrastructure;

namespace SaRaiCms.Tests.Hosting;

/// <summary>The operator verbs, run as real processes against a data folder.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "saraicms-cli", Guid.NewGuid().ToString("N"));

    private string Folder(string name) => Path.Combine(_root, name);

    private static string TestDataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    [Fact]
    public async Task Export_then_recipe_run_into_an_empty_folder_gives_back_the_same_items()
    {
        var first = await CliRunner.RunAsync(Folder("a"), "recipe", "run", TestDataPath("notice.recipe.json"));
        Assert.True(first.ExitCode == 0, first.StdErr);

        // Give one item a newer draft, so the export carries two versions of it.
        await using (var site = new SiteFactory(dataPath: Folder("a")))
        {
            await site.InScopeAsync(async sp =>
            {
                var content = sp.GetRequiredService<IContentManager>();
                var draft = (await content.GetAsync("notice00000000000000000001", VersionOptions.DraftRequired))!;
                draft.Alter<TitlePart>(p => p.Title = "Lịch tiếp công dân tháng 7 (đã sửa)");
                Assert.True((await content.UpdateAsync(draft)).Succeeded);
                await content.SaveChangesAsync();
            });
        }

        var exportFile = Path.Combine(_root, "export.recipe.json");
        var export = await CliRunner.RunAsync(Folder("a"), "export", "--out", exportFile);
        Assert.True(export.ExitCode == 0, export.StdErr);

        var import = await CliRunner.RunAsync(Folder("b"), "recipe", "run", exportFile);
        Assert.True(import.ExitCode == 0, import.StdErr);

        var again = await CliRunner.RunAsync(Folder("b"), "export");
        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Equal(ContentData(File.ReadAllText(exportFile)), ContentData(again.StdOut));

        await using var copy = new SiteFactory(dataPath: Folder("b"));
        var client = copy.CreateClient();
        var page = await client.GetStringAsync("/thong-bao/lich-tiep-cong-dan-thang-7");
        Assert.Contains("Lịch tiếp công dân tháng 7", page);
        Assert.DoesNotContain("(đã sửa)", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/thong-bao/hop-chi-bo-khom-1")).StatusCode);
        var latest = await copy.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("notice00000000000000000001", VersionOptions.Latest));
        Assert.Equal("Lịch tiếp công dân tháng 7 (đã sửa)", latest!.DisplayText);
    }

    /// <summary>The exported items and definitions, normalised (the description carries the export time).</summary>
    private static string ContentData(string recipe)
    {
        var json = JsonNode.Parse(recipe)!.AsObject();
        var steps = json["steps"]!.AsArray();
        return steps.Where(s => (string?)s!["name"] is "Content" or "ContentDefinition").Select(s => s!.ToJsonString()).Aggregate("", (a, b) => a + b);
    }

    [Fact]
    public async Task A_bad_recipe_exits_non_zero_naming_step_and_item_and_leaves_the_data_unchanged()
    {
        var ok = await CliRunner.RunAsync(Folder("c"), "recipe", "run", TestDataPath("notice.recipe.json"));
        Assert.True(ok.ExitCode == 0, ok.StdErr);
        var before = await FingerprintAsync(Folder("c"));

        var bad = Path.Combine(_root, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """
            { "name": "bad", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Extra" } ] },
              { "name": "Content", "data": [ { "ContentItemId": "orphan", "ContentType": "Missing" } ] } ] }
            """);
        var result = await CliRunner.RunAsync(Folder("c"), "recipe", "run", bad);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("step 2 ('Content')", result.StdErr);
        Assert.Contains("item 'orphan'", result.StdErr);
        Assert.Equal(before, await FingerprintAsync(Folder("c")));

        var missing = await CliRunner.RunAsync(Folder("c"), "recipe", "run", Path.Combine(_root, "nope.json"));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("not found", missing.StdErr);
    }

    private static async Task<string> FingerprintAsync(string dataPath)
    {
        await using var site = new SiteFactory(dataPath: dataPath);
        _ = site.Server;
        return await StoreFingerprint.OfAsync(site);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root) && Environment.GetEnvironmentVariable("SARAICMS_KEEP_TEST_DATA") is null)
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
