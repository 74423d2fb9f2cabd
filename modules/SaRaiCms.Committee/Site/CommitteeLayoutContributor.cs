using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// The committee's part of every public page's layout, on sites where the committee is enabled:
/// its menu entries, the news feed, the footer links to the introduction, feed and sitemap, and
/// the meta of an item's own page (breadcrumbs, description, Open Graph image). Menus become
/// data in a later issue; until then they are these lists.
/// </summary>
public sealed class CommitteeLayoutContributor(IFeatureManager features, ItemPageMeta itemMeta) : ILayoutContributor
{
    public async Task ContributeAsync(LayoutContext context)
    {
        if (!await features.IsEnabledAsync(CommitteeTypes.FeatureId, context.CancellationToken))
        {
            return;
        }

        var layout = context.Layout;
        layout.Menu.AddRange(SiteChrome.CommitteeMenu);
        layout.Alternates.Add(new AlternateLink($"Tin tức - {layout.SiteName}", "/rss.xml", "application/rss+xml"));
        layout.FooterLinks.Add(new MenuEntry("Tin tức qua RSS", "/rss.xml"));
        layout.FooterLinks.Add(new MenuEntry("Sơ đồ trang (XML)", "/sitemap.xml"));
        if (context.PageModel is ItemPageViewModel item)
        {
            layout.Meta = await itemMeta.BuildAsync(item.Content.ContentItem, context.CancellationToken);
        }
    }
}
