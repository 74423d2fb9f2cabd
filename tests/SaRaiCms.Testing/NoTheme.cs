using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Display;

namespace SaRaiCms.Testing;

/// <summary>
/// Sites whose pages render with the modules' own views and layout, whatever public theme the
/// host references: tests about a module, not about the theme. The only place tests override
/// how the theme is chosen.
/// </summary>
public static class NoTheme
{
    public static SiteFactory WithoutTheme(this SiteFactory site)
        => site.WithServices(services => services.AddSingleton<IThemeAccessor, NoThemeAccessor>());

    private sealed class NoThemeAccessor : IThemeAccessor
    {
        public Task<string?> GetSiteThemeAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
    }
}
