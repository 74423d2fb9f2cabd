using System.Net;
using SaRaiCms.Web;

namespace SaRaiCms.Tests.Hosting;

/// <summary>The benchmark's ceiling endpoint exists only when a benchmark turns it on.</summary>
public sealed class CeilingEndpointTests
{
    [Fact]
    public async Task The_ceiling_endpoint_serves_a_fixed_20_KB_page_only_when_enabled()
    {
        await using (var on = new SiteFactory().With("SaRaiCms:Benchmark:CeilingEndpoint", "true"))
        {
            using var client = on.CreateClient();
            using var response = await client.GetAsync(CeilingEndpoint.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(CeilingEndpoint.Size, (await response.Content.ReadAsByteArrayAsync()).Length);
        }

        await using var off = new SiteFactory();
        using var offClient = off.CreateClient();
        using var missing = await offClient.GetAsync(CeilingEndpoint.Path);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
