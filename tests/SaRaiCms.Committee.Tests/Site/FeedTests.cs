using System.Net;
using System.Xml.Linq;
using SaRaiCms.Committee.Tests.Site.Infrastructure;

namespace SaRaiCms.Committee.Tests.Site;

[Collection(SaraiSiteCollection.Name)]
public sealed class FeedTests(SaraiSite site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_lists_the_list_pages_and_every_published_routed_item_with_lastmod()
    {
        var response = await site.Client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        foreach (var page in new[] { "/", "/tin-tuc", "/hoi-nghi", "/lanh-dao", "/to-chuc", "/van-ban", "/nhiem-vu" })
        {
            Assert.True(urls.ContainsKey("http://localhost" + page), $"{page} is not in the sitemap.");
        }

        Assert.Equal("2023-06-29T02:00:00Z", urls["http://localhost" + SaraiSite.NewsPath]);
        Assert.Contains("http://localhost/hoi-nghi/so-ket-6-thang-dau-nam-2023", urls.Keys);
        Assert.Contains("http://localhost/can-bo/kiem-thu-duc-b", urls.Keys);
        Assert.Contains("http://localhost/en/introduction", urls.Keys);
        Assert.All(urls.Where(u => u.Key.Length > "http://localhost/".Length && !u.Key.EndsWith("/tin-tuc", StringComparison.Ordinal) && u.Key.Count(c => c == '/') > 3), u => Assert.NotNull(u.Value));
        Assert.Equal(urls.Count, urls.Keys.Distinct().Count());
    }

    [Fact]
    public async Task Rss_is_well_formed_rss_2_with_the_latest_news_newest_first()
    {
        var response = await site.Client.GetAsync("/rss.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("rss", xml.Root!.Name.LocalName);
        Assert.Equal("2.0", xml.Root.Attribute("version")!.Value);
        var channel = xml.Root.Element("channel")!;
        Assert.Equal("Đảng bộ thị trấn Sa Rài", channel.Element("title")!.Value);
        Assert.Equal("http://localhost/tin-tuc", channel.Element("link")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(
            ["Thị trấn Sa Rài trở thành một phần của xã Tân Hồng", "Hội Nông dân thị trấn Sa Rài bước vào nhiệm kỳ 2023–2028", "Đảng bộ thị trấn Sa Rài sơ kết công tác 6 tháng đầu năm 2023"],
            items.Select(i => i.Element("title")!.Value));
        var article = items[2];
        Assert.Equal("http://localhost" + SaraiSite.NewsPath, article.Element("link")!.Value);
        Assert.Equal("http://localhost" + SaraiSite.NewsPath, article.Element("guid")!.Value);
        Assert.Equal("Thu, 29 Jun 2023 02:00:00 GMT", article.Element("pubDate")!.Value);
        Assert.StartsWith("Chiều 28/6/2023", article.Element("description")!.Value);
        Assert.Equal("Trương Quốc Lê", article.Element(XName.Get("creator", "http://purl.org/dc/elements/1.1/"))!.Value);
        Assert.True(items.Count <= 20);
    }
}
