using System.Net;
using SaRaiCms.Testing;

namespace SaRaiCms.Media.Tests;

/// <summary>The library's index table and queries on PostgreSQL (the server scripts/test starts).</summary>
public sealed class PostgresMediaSite() : MediaSite(StoreProvider.Postgres);

public sealed class PostgresMediaTests(PostgresMediaSite media) : IClassFixture<PostgresMediaSite>
{
    [Fact]
    public async Task Uploads_are_indexed_numbered_and_served_on_postgres()
    {
        using var browser = await media.SignedInAsync();

        var first = await media.UploadOkAsync(browser, "Trụ sở.jpg", TestImages.Jpeg(700, 400), "Trụ sở Đảng ủy");
        var second = await media.UploadOkAsync(browser, "tru so.jpg", TestImages.Jpeg(700, 400), "Trụ sở Đảng ủy");

        Assert.Equal(("tru-so.jpg", "tru-so-2.jpg"), (first.Path, second.Path));
        var response = await browser.Client.GetAsync($"/media/_sizes/640/{second.Path}?v={second.Version}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
    }
}
