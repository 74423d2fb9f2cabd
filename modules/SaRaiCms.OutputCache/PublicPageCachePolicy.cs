using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SaRaiCms.Caching;
using SaRaiCms.Sites;

namespace SaRaiCms.OutputCache;

/// <summary>
/// Which responses the output cache may serve and keep: anonymous GET/HEAD requests without
/// credentials or cookies that matter, outside the admin, sign-in and API paths; only 200
/// responses that set no cookie. Entries vary by site, host, path, query and culture, and are
/// tagged with what the page showed (<see cref="IPageCacheDependencies"/>).
/// </summary>
public sealed class PublicPageCachePolicy(IOptionsMonitor<PageCacheOptions> options, ISiteAccessor sites) : IOutputCachePolicy
{
    public const string CacheHeader = "X-Cache";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var settings = options.CurrentValue;
        var attempt = settings.Enabled && IsCacheableRequest(context.HttpContext, settings);
        context.EnableOutputCaching = attempt;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        // Many readers arriving at once for a page not cached yet wait for one render.
        context.AllowLocking = true;
        if (!attempt)
        {
            return ValueTask.CompletedTask;
        }

        var site = sites.Current.Name;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, settings.DurationSeconds));
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["site"] = site;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(PageCacheTags.Site(site));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Response.Headers[CacheHeader] = "hit";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || http.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        // The page has been rendered (views are buffered until the response starts): tag it with what it showed.
        var site = sites.Current.Name;
        var dependencies = http.RequestServices.GetRequiredService<IPageCacheDependencies>();
        foreach (var id in dependencies.ItemIds)
        {
            context.Tags.Add(PageCacheTags.Item(site, id));
        }

        foreach (var type in dependencies.ListTypes)
        {
            context.Tags.Add(PageCacheTags.List(site, type));
        }

        return ValueTask.CompletedTask;
    }

    public static bool IsCacheableRequest(HttpContext http, PageCacheOptions settings)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !StringValues.IsNullOrEmpty(request.Headers.Authorization)
            || http.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        var excluded = settings.ExcludedPaths.Length > 0 ? settings.ExcludedPaths : PageCacheOptions.DefaultExcludedPaths;
        foreach (var path in excluded)
        {
            if (request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var harmless = settings.HarmlessCookies.Length > 0 ? settings.HarmlessCookies : PageCacheOptions.DefaultHarmlessCookies;
        foreach (var cookie in request.Cookies.Keys)
        {
            if (!harmless.Any(prefix => cookie.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
