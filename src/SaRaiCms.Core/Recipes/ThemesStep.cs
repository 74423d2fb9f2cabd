using System.Text.Json.Nodes;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Recipes;

/// <summary>
/// "Themes", as Orchard Core writes it: <c>{ "name": "Themes", "Site": "TheBlogTheme", "Admin": "TheAdmin" }</c>.
/// Sets the site's public theme (<see cref="SiteSettings.CurrentThemeName"/>) and admin theme
/// (<see cref="SiteSettings.CurrentAdminThemeName"/>); an empty or missing value leaves that one as it is.
/// Both ids are checked before anything is written: an id that is not a theme of this host fails the
/// recipe (which then changes nothing). Cached public pages go when the recipe commits.
/// </summary>
public sealed class ThemesStep(IDocumentSession session, ModuleCatalog catalog, IEnumerable<Caching.ISitePageCache> pageCaches) : IRecipeStepHandler
{
    public string StepName => "Themes";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var site = Find(context, "Site", catalog.PublicThemes, "public theme");
        var admin = Find(context, "Admin", catalog.AdminThemes, "admin theme");
        if (site is null && admin is null)
        {
            return;
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(context.CancellationToken) ?? new SiteSettings();
        settings.CurrentThemeName = site ?? settings.CurrentThemeName;
        settings.CurrentAdminThemeName = admin ?? settings.CurrentAdminThemeName;
        session.Save(settings);
        // Every cached public page was rendered in the old theme.
        foreach (var cache in pageCaches)
        {
            cache.EvictAllAfterCommit();
        }
    }

    private static string? Find(RecipeStepContext context, string key, IEnumerable<ModuleDescriptor> themes, string kind)
    {
        if (context.Step[key] is not JsonValue value || !value.TryGetValue<string>(out var id) || string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var known = themes.Select(t => t.Id).ToList();
        return known.FirstOrDefault(t => string.Equals(t, id, StringComparison.OrdinalIgnoreCase))
               ?? throw context.Error($"'{id}' is not a {kind} of this host (known: {(known.Count == 0 ? "none" : string.Join(", ", known))}).", id);
    }
}
