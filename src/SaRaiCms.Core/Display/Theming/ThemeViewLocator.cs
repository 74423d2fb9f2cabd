using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;

namespace SaRaiCms.Display;

/// <summary>
/// <see cref="IThemeViewLocator"/> over the compiled views: answers are kept per theme and path
/// (views do not change while the host runs), so each costs one dictionary read after the first.
/// </summary>
public sealed class ThemeViewLocator(IRazorViewEngine viewEngine, IOptions<ThemingOptions> options) : IThemeViewLocator
{
    private const string Prefix = "/Areas/";

    private readonly ConcurrentDictionary<(string? Theme, string Path), string> _cache = new();

    public string LayoutPath(string? themeId) => _cache.GetOrAdd((themeId, "|layout"), key =>
        key.Theme is { } theme && Exists($"{Prefix}{theme}/Views/Shared/_Layout.cshtml")
            ? $"{Prefix}{theme}/Views/Shared/_Layout.cshtml"
            : options.Value.FallbackLayout ?? throw new InvalidOperationException("No public layout: the site has no theme with Views/Shared/_Layout.cshtml and ThemingOptions.FallbackLayout is not set (the Contents module sets it)."));

    public string Resolve(string moduleViewPath, string? themeId)
        => themeId is null ? moduleViewPath : _cache.GetOrAdd((themeId, moduleViewPath), key => Find(key.Path, key.Theme!));

    private string Find(string moduleViewPath, string theme)
    {
        if (!moduleViewPath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return moduleViewPath;
        }

        var moduleEnd = moduleViewPath.IndexOf('/', Prefix.Length);
        if (moduleEnd < 0 || string.Equals(moduleViewPath[Prefix.Length..moduleEnd], theme, StringComparison.Ordinal))
        {
            return moduleViewPath;
        }

        var candidate = Prefix + theme + moduleViewPath[moduleEnd..];
        return Exists(candidate) ? candidate : moduleViewPath;
    }

    private bool Exists(string path) => viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true).Success;
}
