using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Modules;

public sealed class MigrationContext(ISchemaBuilder schema, IContentDefinitionManager definitions, IServiceProvider services, CancellationToken cancellationToken)
{
    public ISchemaBuilder Schema { get; } = schema;
    public IContentDefinitionManager Definitions { get; } = definitions;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}

/// <summary>
/// A module's schema and definition changes, as numbered steps. Each step runs once per
/// site, in order, when the module's feature is enabled; the reached version is recorded.
/// Never change a step that has shipped: add the next one. A database index added to a shipped
/// table is declared with <c>.AddedByLaterMigration()</c> and created by the new step.
/// </summary>
public abstract class DataMigration
{
    /// <summary>The feature (module id) these steps belong to.</summary>
    public abstract string FeatureId { get; }

    /// <summary>Steps in order; step i brings the module to version i + 1.</summary>
    public abstract IReadOnlyList<Func<MigrationContext, Task>> Steps { get; }
}
