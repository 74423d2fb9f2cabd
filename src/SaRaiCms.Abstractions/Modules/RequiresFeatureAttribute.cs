namespace SaRaiCms.Modules;

/// <summary>
/// Marks a controller or action as belonging to a feature: on a site where the feature is not
/// enabled the route does not match, so another route (the Contents module's home page, the
/// catch-all item route and its 404) answers instead. The platform's endpoint policy applies it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
