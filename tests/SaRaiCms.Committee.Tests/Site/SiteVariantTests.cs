using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.Tests.Site.Infrastructure;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>The same pages on PostgreSQL, and a site without the committee feature.</summary>
public sealed class SiteVariantTests
{
    [Fact]
    public async Task Every_page_type_renders_on_postgresql()
    {
        await using var factory = new SiteFactory(StoreProvider.Postgres, setupRecipe: "sarai");
        await SaraiSite.RunTestRecipeAsync(factory);
        using var client = factory.CreateClient();
        foreach (var path in PublicPageTests.PagePaths)
        {
            PageChecks.AssertPublicPage(await SaraiSite.GetAsync(client, path));
        }

        Assert.Equal(["Nguyễn Văn A", "Trần Thị B", "Đinh Văn Dũng"], (await SaraiSite.GetAsync(client, "/lanh-dao")).Document
            .QuerySelectorAll(".leader-group")[2].QuerySelectorAll(".leader-name").Select(a => a.TextContent.Trim()));
        Assert.Equal(12, (await SaraiSite.GetAsync(client, "/nhiem-vu?trang-thai=Overdue")).Document.QuerySelectorAll("li.task").Length);
        Assert.Equal(["45-NQ/ĐU"], (await SaraiSite.GetAsync(client, "/van-ban?so=45%20NQ")).Texts(".doc-list-full .doc-number"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/rss.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sitemap.xml")).StatusCode);

        // Reads are counted by the article page's beacon (the page itself may come from the output cache).
        var beacon = (await SaraiSite.GetAsync(client, SaraiSite.NewsPath)).Document.QuerySelector(".views")!.GetAttribute("data-view-beacon")!;
        using var first = await client.PostAsync(beacon, null);
        using var second = await client.PostAsync(beacon, null);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_the_committee_feature_the_contents_home_answers_and_committee_pages_are_404()
    {
        await using var factory = new SiteFactory(setupRecipe: "");
        using var client = factory.CreateClient();
        await factory.InScopeAsync(sp => sp.GetRequiredService<SaRaiCms.Recipes.IRecipeExecutor>().ExecuteAsync(
            """{ "name": "theme", "steps": [ { "name": "Themes", "Site": "SaRaiCms.CommitteeTheme" } ] }""", new Dictionary<string, string>()));

        var home = await SaraiSite.GetAsync(client, "/");
        Assert.Null(home.Document.QuerySelector(".home"));
        Assert.Single(home.Document.QuerySelectorAll("h1"));
        // The theme the site chose lays the page out, with only the menu entries that exist.
        Assert.Equal(["Trang chủ"], home.Texts("nav[aria-label='Menu chính'] a"));

        foreach (var path in new[] { "/tin-tuc", "/lanh-dao", "/van-ban", "/rss.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }
}
