using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Modules;

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
