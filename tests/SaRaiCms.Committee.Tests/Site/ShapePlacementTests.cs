using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Tests.Site.Infrastructure;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>
/// Shapes the theme renders itself, or not at all, are hidden by placement and never built, so
/// an article's page runs no driver (and no query) for them; editors keep every field.
/// </summary>
[Collection(SaraiSiteCollection.Name)]
public sealed class ShapePlacementTests(SaraiSite site)
{
    [Fact]
    public async Task An_article_builds_no_shape_for_the_fields_its_template_shows_itself_and_its_editor_keeps_them()
    {
        var (detail, summary, editor) = await site.Factory.InScopeAsync(async sp =>
        {
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(SaraiSite.NewsId, VersionOptions.Published))!;
            var display = sp.GetRequiredService<IContentDisplayManager>();
            return (await display.BuildDisplayAsync(item, "Detail"), await display.BuildDisplayAsync(item, "Summary"), await display.BuildEditorAsync(item));
        });

        var detailFields = FieldNames(detail);
        Assert.Empty(detailFields.Intersect(NewsFields.ShownByArticle));
        Assert.Contains("HtmlBodyPart", detail.Zones.Values.SelectMany(z => z).Select(s => s.ShapeType));

        // The theme's summary shows the title shape only.
        Assert.Equal(["TitlePart"], summary.Zones.Values.SelectMany(z => z).Select(s => s.ShapeType).Distinct());

        Assert.Superset(new HashSet<string>(["Lead", "Category", "RelatedMeeting", "Officials", "FeaturedImage"]), FieldNames(editor).ToHashSet());
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
