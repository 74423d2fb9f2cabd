using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Modules;

/// <summary>
/// The module manifest, declared once per module assembly:
/// <c>[assembly: Module(Id = "SaRaiCms.Contents", Name = "Nội dung", Category = "Content")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "General";
    public string[] Dependencies { get; init; } = [];

    /// <summary>A theme supplies views that override module views of the same name.</summary>
    public bool IsTheme { get; init; }

    /// <summary>A theme of the admin pages (Orchard Core's "admin" theme tag): chosen as the site's admin theme, never as its public theme.</summary>
    public bool IsAdminTheme { get; init; }

    /// <summary>Enabled on every site (the platform cannot work without it).</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>Orchard Core feature ids this module stands for in imported recipes.</summary>
    public string[] OrchardFeatureIds { get; init; } = [];
}

/// <summary>What a module adds to the host: services, middleware, then endpoints. One per module, named Startup.</summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Middleware that runs after routing, authentication and authorization (the matched endpoint
    /// and the user are known) and before the endpoints, such as the output cache.
    /// </summary>
    public virtual void ConfigurePipeline(Microsoft.AspNetCore.Builder.IApplicationBuilder app)
    {
    }

    public virtual void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
    }
}

/// <summary>A module as the host found it.</summary>
public sealed record ModuleDescriptor(ModuleAttribute Manifest, System.Reflection.Assembly Assembly, ModuleStartup? Startup)
{
    public string Id => Manifest.Id;
}

/// <summary>Features enabled per site. Every module is one feature.</summary>
public interface IFeatureManager
{
    IReadOnlyList<ModuleDescriptor> AvailableModules { get; }

    Task<IReadOnlyList<string>> GetEnabledFeatureIdsAsync(CancellationToken cancellationToken = default);

    Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default);

    /// <summary>Enables features with their dependencies and runs their migrations, in the current unit of work.</summary>
    Task EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    Task DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);
}
