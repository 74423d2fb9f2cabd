using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using SaRaiCms.Modules;

namespace SaRaiCms.Display;

/// <summary>
/// Finds the Razor view for a shape by its file name. Every module and theme compiles its views
/// under <c>/Areas/{ModuleId}/</c> (Directory.Build.targets), in whatever folder they sit:
/// <c>Meetings/Views/MeetingPart.cshtml</c> and <c>Views/Shapes/TitlePart.cshtml</c> both name a
/// shape by their file name. Each alternate (most specific first) is looked up in the active
/// theme, then in every module from the most dependent to the most basic; the first hit wins, so a
/// theme overrides a module view by shipping a file of the same name. Page views, layouts and
/// partials (files whose name starts with "_") are not shapes.
/// </summary>
public sealed class ShapeViewResolver
{
    private readonly ModuleCatalog _catalog;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _shapesByModule;
    private readonly ConcurrentDictionary<string, string?> _cache = new();

    public ShapeViewResolver(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        _catalog = catalog;
        var feature = new ViewsFeature();
        parts.PopulateFeature(feature);
        _shapesByModule = Index(feature.ViewDescriptors.Select(v => v.RelativePath), catalog.Modules.Select(m => m.Id));
    }

    public string? Resolve(IReadOnlyList<string> alternates, string? themeId)
    {
        var key = $"{themeId}|{string.Join("|", alternates)}";
        return _cache.GetOrAdd(key, _ => Find(alternates, themeId));
    }

    /// <summary>Shape views per module id: file name (without .cshtml) → view path.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Index(IEnumerable<string> viewPaths, IEnumerable<string> moduleIds)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var paths = viewPaths.ToList();
        foreach (var id in moduleIds)
        {
            var prefix = $"/Areas/{id}/";
            var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && IsShapeView(p[prefix.Length..])).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (!shapes.TryAdd(name, path))
                {
                    throw new InvalidOperationException($"Module {id} has two views named {name}: {shapes[name]} and {path}. A shape's view is found by its file name, so each must be unique within a module.");
                }
            }

            result[id] = shapes;
        }

        return result;
    }

    // Pages (Views/{Controller}/…, Views/Shared/…) keep MVC's own lookup; shapes live in Views/Shapes/
    // (the older layout) or in a content type's Views/ folder (Meetings/Views/MeetingPart.cshtml).
    private static bool IsShapeView(string pathInArea)
    {
        var name = Path.GetFileName(pathInArea);
        if (name.StartsWith('_') || !name.EndsWith(".cshtml", StringComparison.Ordinal))
        {
            return false;
        }

        return pathInArea.StartsWith("Views/Shapes/", StringComparison.Ordinal)
               || (!pathInArea.StartsWith("Views/", StringComparison.Ordinal) && pathInArea.Contains("/Views/", StringComparison.Ordinal));
    }

    private string? Find(IReadOnlyList<string> alternates, string? themeId)
    {
        var locations = new List<string>();
        if (themeId is not null)
        {
            locations.Add(themeId);
        }

        locations.AddRange(_catalog.Modules.Where(m => !m.Manifest.IsTheme).Reverse().Select(m => m.Id));
        foreach (var alternate in alternates)
        {
            foreach (var location in locations)
            {
                if (_shapesByModule.TryGetValue(location, out var shapes) && shapes.TryGetValue(alternate, out var path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
