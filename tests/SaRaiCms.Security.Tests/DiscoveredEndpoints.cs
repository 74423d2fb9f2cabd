using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Admin;

namespace SaRaiCms.Security.Tests;

/// <summary>One route and HTTP method the host serves, as its endpoint data source reports it.</summary>
public sealed record DiscoveredEndpoint(RouteEndpoint Endpoint, string Method)
{
    public string Pattern => "/" + (Endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public bool HasParameters => Endpoint.RoutePattern.Parameters.Count > 0;

    public bool IsAdminOrApi
        => Pattern.StartsWith(AdminPaths.Prefix, StringComparison.OrdinalIgnoreCase)
           || Pattern.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
           || Endpoint.Metadata.GetMetadata<AdminAttribute>() is not null;

    public bool ChangesState => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public bool AllowsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>The permission names of every <c>[Authorize(Policy = "perm:…")]</c> on the endpoint.</summary>
    public IReadOnlyList<string> Permissions
        => Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith(PermissionPolicyProvider.Prefix, StringComparison.Ordinal))
            .Select(p => p[PermissionPolicyProvider.Prefix.Length..])
            .Distinct()
            .ToList();

    /// <summary>The address with each route parameter replaced by <paramref name="value"/>(parameter name).</summary>
    public string Url(Func<string, string> value)
    {
        var segments = Endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter.Name)),
            _ => throw new InvalidOperationException($"Unknown route part in {Pattern}."),
        })));
        return "/" + string.Join('/', segments);
    }

    public override string ToString() => $"{Method} {Pattern}";
}

public static class EndpointDiscovery
{
    /// <summary>Every routed endpoint of the running host, once per HTTP method it accepts.</summary>
    /// <summary>
    /// Endpoints that are public on purpose, each with its reason. Anything else under /admin or
    /// /api must ask for a permission, and every other state-changing endpoint needs the token.
    /// </summary>
    public static IReadOnlyDictionary<string, string> IntentionallyPublic { get; } = new Dictionary<string, string>
    {
        // A cached article's own script counts a read; it carries no token (the page is shared by
        // every reader) and can only add one to a published article's counter.
        ["POST /api/news/{id}/views"] = "the public view counter beacon",
    };

    public static IReadOnlyList<DiscoveredEndpoint> All(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                .Select(method => new DiscoveredEndpoint(endpoint, method)))
            .DistinctBy(e => e.ToString())
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<DiscoveredEndpoint> AdminAndApi(IServiceProvider services)
        => All(services).Where(e => e.IsAdminOrApi && !IntentionallyPublic.ContainsKey(e.ToString())).ToList();
}
