using SaRaiCms.Committee.Tests.Site.Infrastructure;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>Documents are found by their number and symbol, as people quote them.</summary>
[Collection(SaraiSiteCollection.Name)]
public sealed class DocumentSearchTests(SaraiSite site)
{
    [Theory]
    [InlineData("45-NQ")]
    [InlineData("45-NQ/ĐU")]
    [InlineData("43/2024/QĐ-UBND")]
    public async Task A_document_number_finds_the_document(string query)
    {
        var page = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        var first = page.Document.QuerySelector(".search-results li a")?.GetAttribute("href");
        Assert.Equal(query.StartsWith("43", StringComparison.Ordinal) ? "/van-ban/quyet-dinh-43-2024-qd-ubnd" : "/van-ban/nghi-quyet-45-nq-du", first);
    }
}
