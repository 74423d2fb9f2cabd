using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Razor;
using SaRaiCms.Modules;

namespace SaRaiCms.Display;

/// <summary>
/// Finds the Razor view for a shape: each alternate (most specific first) is looked up in the
/// active theme's folder, then in every module's folder, as
/// <c>/Areas/{ModuleId}/Views/Shapes/{Alternate}.cshtml</c>. The first hit wins, so a theme
/// overrides a module view by shipping a file of the same name.
/// </summary>
public sealed class ShapeViewResolver(IRazorViewEngine viewEngine, ModuleCatalog catalog)
{
    private readonly ConcurrentDictionary<string, string?> _cache = new();

    public string? Resolve(IReadOnlyList<string> alternates, string? themeId)
    {
        var key = $"{themeId}|{string.Join("|", alternates)}";
        return _cache.GetOrAdd(key, _ => Find(alternates, themeId));
    }

    private string? Find(IReadOnlyList<string> alternates, string? themeId)
    {
        // Themes first (the active one), then modules from the most dependent to the most basic.
        var locations = new List<string>();
        if (themeId is not null)
        {
            locations.Add(themeId);
        }

        locations.AddRange(catalog.Modules.Where(m => !m.Manifest.IsTheme).Reverse().Select(m => m.Id));
        foreach (var alternate in alternates)
        {
            foreach (var location in locations)
            {
                var path = $"/Areas/{location}/Views/Shapes/{alternate}.cshtml";
                if (viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: false).Success)
                {
                    return path;
                }
            }
        }

        return null;
    }
}
