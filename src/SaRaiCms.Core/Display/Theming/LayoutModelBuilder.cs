using Microsoft.AspNetCore.Http;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Display;

/// <summary>
/// Builds the public layout's model once per request: the layout the rule picks for the site's
/// theme, the site's name, emblem and contacts, the home entry of the menu, then every module's
/// <see cref="ILayoutContributor"/> (menus, feeds, page meta).
/// </summary>
public sealed class LayoutModelBuilder(
    IThemeAccessor themes,
    IThemeViewLocator views,
    IDocumentSession session,
    IEnumerable<ILayoutContributor> contributors) : ILayoutModelBuilder
{
    private LayoutViewModel? _built;

    public async Task<LayoutViewModel> BuildAsync(HttpContext httpContext, object? pageModel, CancellationToken cancellationToken)
    {
        if (_built is not null)
        {
            return _built;
        }

        var theme = await themes.GetSiteThemeAsync(cancellationToken);
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var contact = settings.GetProperty<SiteContactSettings>(SiteContactSettings.Key);
        var layout = new LayoutViewModel
        {
            LayoutPath = views.LayoutPath(theme),
            ThemeId = theme,
            SiteName = settings.SiteName,
            EmblemPath = Text(settings.GetProperty<SiteBrandingSettings>(SiteBrandingSettings.Key).EmblemPath),
            Contact = new SiteContact(Text(contact.Address), Text(contact.Phone), Text(contact.Email), Text(contact.Fax)),
            RequestPath = httpContext.Request.Path.Value is { Length: > 0 } path ? path : "/",
            BaseUrl = SiteUrls.BaseUrl(httpContext.Request),
            IsPrintView = PrintView.IsRequested(httpContext.Request),
        };
        layout.Menu.Add(new MenuEntry("Trang chủ", "/", double.MinValue));
        var context = new LayoutContext(httpContext, pageModel, layout, cancellationToken);
        foreach (var contributor in contributors)
        {
            await contributor.ContributeAsync(context);
        }

        // Stable: entries of equal position keep the order their contributors added them in.
        var ordered = layout.Menu.OrderBy(e => e.Position).ToList();
        layout.Menu.Clear();
        layout.Menu.AddRange(ordered);
        return _built = layout;
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
