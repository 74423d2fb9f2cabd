using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Benchmarks.Micro;

/// <summary>
/// The work behind an uncached page: the whole news article request in memory (routing, store
/// queries, display manager, Razor views and layout), the latest-news index query with its
/// documents, and a content item read from and written to its stored JSON.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class HotPathBenchmarks
{
    private const string NewsId = "news-so-ket-6-thang-2023";

    private MicroSite _site = null!;
    private HttpClient _client = null!;
    private string _newsPath = "";
    private string _json = "";
    private ContentItem _item = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = new MicroSite();
        _client = _site.CreateClient();
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        _item = (await content.GetAsync(NewsId, VersionOptions.Published))!;
        _newsPath = "/" + _item.As<Contents.Models.AutoroutePart>()!.Path;
        _json = JsonSerializer.Serialize(_item, ContentSerializer.Options);
        using var response = await _client.GetAsync(_newsPath);
        response.EnsureSuccessStatusCode();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Benchmark(Description = "news article page, uncached (in-memory HTTP)")]
    public async Task<int> RenderNewsDetail()
    {
        using var response = await _client.GetAsync(_newsPath);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "latest 10 published News: index query + documents")]
    public async Task<int> LatestNewsQuery()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var items = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentType == "News" && i.Published).OrderByDescending(i => i.PublishedUtc).Take(10));
        return items.Count;
    }

    [Benchmark(Description = "content item from stored JSON")]
    public ContentItem Deserialize() => JsonSerializer.Deserialize<ContentItem>(_json, ContentSerializer.Options)!;

    [Benchmark(Description = "content item to stored JSON")]
    public string Serialize() => JsonSerializer.Serialize(_item, ContentSerializer.Options);
}

/// <summary>
/// In process (the site under test is the web host this assembly references, with its deps),
/// 3 warm-up and 10 measured iterations: enough on a shared 2-core machine, in minutes.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
        => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
}
