using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Tests.Site.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>
/// The News part's own shapes show its fields on the article page and in lists, so placement
/// hides those fields' shapes there; editors keep every field. Shape models are built only when a
/// shape is rendered, so a shape a template leaves out costs nothing.
/// </summary>
[Collection(SaraiSiteCollection.Name)]
public sealed class ShapePlacementTests(SaraiSite site)
{
    [Fact]
    public async Task An_article_shows_its_news_fields_through_the_news_part_and_its_editor_keeps_them()
    {
        var (detail, summary, editor) = await site.Factory.InScopeAsync(async sp =>
        {
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(SaraiSite.NewsId, VersionOptions.Published))!;
            var display = sp.GetRequiredService<IContentDisplayManager>();
            return (await display.BuildDisplayAsync(item, "Detail"), await display.BuildDisplayAsync(item, "Summary"), await display.BuildEditorAsync(item));
        });

        Assert.Empty(FieldNames(detail).Intersect(NewsPart.FieldsShownByPart));
        Assert.Equal(["NewsPart"], detail.Zone("Header").Select(s => s.ShapeType).Where(s => s.StartsWith("News", StringComparison.Ordinal)));
        Assert.Equal(["NewsPart_Intro"], detail.Zone("Intro").Select(s => s.ShapeType));
        Assert.Equal(["NewsPart_Footer"], detail.Zone("Footer").Select(s => s.ShapeType));
        Assert.Contains("HtmlBodyPart", detail.Zone("Content").Select(s => s.ShapeType));

        // The summary: the title and the News part's line in the Header zone; no News field shape.
        Assert.Equal(["TitlePart", "NewsPart"], summary.Zone("Header").Select(s => s.ShapeType));
        Assert.Empty(FieldNames(summary).Intersect(NewsPart.FieldsShownByPart));

        Assert.Superset(new HashSet<string>(["Lead", "Category", "RelatedMeeting", "Officials", "FeaturedImage"]), FieldNames(editor).ToHashSet());
    }

    [Fact]
    public async Task Building_an_article_display_builds_no_news_model_until_a_shape_is_rendered()
    {
        var (header, intro, footer) = await site.Factory.InScopeAsync(async sp =>
        {
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(SaraiSite.NewsId, VersionOptions.Published))!;
            var shape = await sp.GetRequiredService<IContentDisplayManager>().BuildDisplayAsync(item, "Detail");
            var news = shape.Zone("Footer").Single();
            Assert.False(news.IsBuilt);
            Assert.Throws<InvalidOperationException>(() => news.Model);

            // Rendering happens in a request: the article's share links are absolute URLs of its host.
            var request = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = sp };
            request.Request.Scheme = "https";
            request.Request.Host = new Microsoft.AspNetCore.Http.HostString("sarai.example");
            sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = request;
            return (await shape.Zone("Header").Single(s => s.ShapeType == "NewsPart").GetModelAsync(),
                await shape.Zone("Intro").Single().GetModelAsync(),
                await news.GetModelAsync());
        });

        // The article's three shapes share one model, built once for the page.
        var article = Assert.IsType<NewsArticleViewModel>(footer);
        Assert.Same(article, header);
        Assert.Same(article, intro);
        Assert.StartsWith("https://sarai.example/", article.ShareUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Placement_hides_a_whole_part_or_named_fields_for_one_type_and_display_type()
    {
        var placement = new ShapePlacementOptions().Hide("News", "Detail", "News", "Lead").Hide("News", "Summary", "HtmlBodyPart");

        Assert.True(placement.IsFieldHidden("News", "Detail", "News", "Lead"));
        Assert.False(placement.IsFieldHidden("News", "Detail", "News", "Byline"));
        Assert.False(placement.IsPartHidden("News", "Detail", "News"));
        Assert.True(placement.IsPartHidden("News", "Summary", "HtmlBodyPart"));
        Assert.True(placement.IsFieldHidden("News", "Summary", "HtmlBodyPart", "Anything"));
        Assert.False(placement.IsFieldHidden("Page", "Detail", "News", "Lead"));
        Assert.False(placement.IsPartHidden("News", "Detail", "HtmlBodyPart"));
    }

    /// <summary>Field shapes carry "{Shape}-{Part}-{Field}" as their first alternate.</summary>
    private static IReadOnlyList<string> FieldNames(ContentShape shape)
        => shape.Zones.Values.SelectMany(z => z)
            .Select(s => s.Alternates[0])
            .Where(a => a.Contains("-News-", StringComparison.Ordinal))
            .Select(a => a[(a.IndexOf("-News-", StringComparison.Ordinal) + "-News-".Length)..])
            .ToList();
}
