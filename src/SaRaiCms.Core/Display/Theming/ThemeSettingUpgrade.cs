using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Display;

/// <summary>
/// The upgrade of a site set up before its theme was a setting: such a site showed the first public
/// theme of the host, so that theme becomes its setting. A site not set up yet is left to its recipe.
/// </summary>
public static class ThemeSettingUpgrade
{
    public static async Task KeepShippedThemeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var session = services.GetRequiredService<IDocumentSession>();
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken);
        if (settings?.SetupCompletedUtc is null || settings.Properties.ContainsKey(SiteSettings.CurrentThemeNameKey))
        {
            return;
        }

        if (services.GetRequiredService<ModuleCatalog>().PublicThemes.FirstOrDefault() is { } theme)
        {
            settings.CurrentThemeName = theme.Id;
            session.Save(settings); // the migration runner saves the session after each module's steps
        }
    }
}
