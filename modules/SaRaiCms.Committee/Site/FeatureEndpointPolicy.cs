using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// Marks a controller or action as belonging to a feature: on a site where the feature is not
/// enabled the route does not match, so another route (the Contents module's home page, the
/// catch-all item route and its 404) answers instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}

/// <summary>Drops candidate endpoints whose <see cref="RequiresFeatureAttribute"/> names a feature the site has not enabled.</summary>
public sealed class FeatureEndpointPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // Before the default policies (HTTP method, …), so that the remaining candidates are judged normally.
    public override int Order => -100;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
        => endpoints.Any(e => e.Metadata.GetMetadata<RequiresFeatureAttribute>() is not null);

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        IFeatureManager? features = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || candidates[i].Endpoint.Metadata.GetMetadata<RequiresFeatureAttribute>() is not { } required)
            {
                continue;
            }

            features ??= httpContext.RequestServices.GetRequiredService<IFeatureManager>();
            if (!await features.IsEnabledAsync(required.FeatureId, httpContext.RequestAborted))
            {
                candidates.SetValidity(i, false);
            }
        }
    }
}
