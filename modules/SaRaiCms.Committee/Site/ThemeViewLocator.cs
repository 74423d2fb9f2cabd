using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SaRaiCms.Display;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// Page views as themes see them: a module's page view <c>/Areas/{Module}/Views/{Folder}/{Name}.cshtml</c>
/// is replaced by the active theme's <c>/Areas/{Theme}/Views/{Folder}/{Name}.cshtml</c> when the
/// theme ships one — the same "same file name wins" rule as shapes (see ShapeViewResolver).
/// </summary>
public interface IThemeViewLocator
{
    /// <summary>The theme's view for <paramref name="moduleViewPath"/> when it exists, else <paramref name="moduleViewPath"/>.</summary>
    string Resolve(string moduleViewPath);

    /// <summary>The layout of public pages: the theme's <c>Views/Shared/_Layout.cshtml</c>, else the Contents module's plain layout.</summary>
    string LayoutPath { get; }
}

public sealed class ThemeViewLocator(IRazorViewEngine viewEngine, IThemeAccessor themes) : IThemeViewLocator
{
    public const string FallbackLayout = "/Areas/SaRaiCms.Contents/Views/Item/_Layout.cshtml";

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string LayoutPath => _cache.GetOrAdd("|layout", _ =>
        themes.ThemeId is { } theme && Exists($"/Areas/{theme}/Views/Shared/_Layout.cshtml")
            ? $"/Areas/{theme}/Views/Shared/_Layout.cshtml"
            : FallbackLayout);

    public string Resolve(string moduleViewPath) => _cache.GetOrAdd(moduleViewPath, Find);

    private string Find(string moduleViewPath)
    {
        const string prefix = "/Areas/";
        if (themes.ThemeId is not { } theme || !moduleViewPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return moduleViewPath;
        }

        var moduleEnd = moduleViewPath.IndexOf('/', prefix.Length);
        if (moduleEnd < 0 || string.Equals(moduleViewPath[prefix.Length..moduleEnd], theme, StringComparison.Ordinal))
        {
            return moduleViewPath;
        }

        var candidate = prefix + theme + moduleViewPath[moduleEnd..];
        return Exists(candidate) ? candidate : moduleViewPath;
    }

    private bool Exists(string path) => viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true).Success;
}

/// <summary>
/// Applies <see cref="IThemeViewLocator"/> to every view result named by an absolute module path,
/// so controllers (this module's pages and the Contents module's item, home and 404 pages) return
/// their module view and the theme's file of the same name wins. The status code is untouched.
/// </summary>
public sealed class ThemeViewResultFilter(IThemeViewLocator locator) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ViewResult { ViewName: { } name } view && name.StartsWith("/Areas/", StringComparison.Ordinal))
        {
            view.ViewName = locator.Resolve(name);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>Registers <see cref="ThemeViewResultFilter"/> for every controller.</summary>
public sealed class ThemeViewMvcOptions : Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options) => options.Filters.Add<ThemeViewResultFilter>();
}
