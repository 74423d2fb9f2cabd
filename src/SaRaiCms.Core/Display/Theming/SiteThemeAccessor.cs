using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Display;

/// <summary>
/// The site's public theme from its settings document, kept in the store read cache until a commit
/// writes the settings again (so a request pays a counter read, not a document read). A stored id
/// that names no public theme of this host counts as no theme.
/// </summary>
public sealed class SiteThemeAccessor(IDocumentSession session, IStoreReadCache readCache, ModuleCatalog catalog) : IThemeAccessor
{
    private static readonly string SettingsKind = StoreChangeKinds.Document(typeof(SiteSettings));

    private Task<string?>? _theme;

    public Task<string?> GetSiteThemeAsync(CancellationToken cancellationToken = default)
        => _theme ??= readCache.GetOrReadAsync(session, "site-theme", readCache.Count(SettingsKind), async () =>
        {
            var id = (await session.GetSingletonAsync<SiteSettings>(cancellationToken))?.CurrentThemeName;
            return catalog.PublicThemes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))?.Id;
        });
}
