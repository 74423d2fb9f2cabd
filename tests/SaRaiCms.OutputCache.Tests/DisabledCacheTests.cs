using System.Net;

namespace SaRaiCms.OutputCache.Tests;

/// <summary>SaRaiCms:OutputCache:Enabled=false: every request renders (the benchmark's uncached runs).</summary>
public sealed class DisabledCacheTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new SiteFactory(setupRecipe: "").With("SaRaiCms:OutputCache:Enabled", "false");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task With_the_cache_off_a_second_request_is_rendered_again()
    {
        using var client = _site.CreateClient();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(CachedSite.IsHit(first));
        Assert.False(CachedSite.IsHit(second));
    }
}
