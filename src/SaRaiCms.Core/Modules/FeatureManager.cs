using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Modules;

/// <summary>The features enabled on a site.</summary>
public sealed class FeaturesDocument : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    public List<string> Enabled { get; set; } = [];
}

public sealed class FeatureManager(
    ModuleCatalog catalog,
    IDocumentSession session,
    IEnumerable<DataMigration> migrations,
    SchemaBuilder schema,
    IContentDefinitionManager definitions,
    IServiceProvider services,
    IMemoryCache cache,
    ISiteAccessor site) : IFeatureManager
{
    private string CacheKey => site.Current.CacheKey("features");

    public IReadOnlyList<ModuleDescriptor> AvailableModules => catalog.Modules;

    public async Task<IReadOnlyList<string>> GetEnabledFeatureIdsAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<string>? enabled) && enabled is not null)
        {
            return enabled;
        }

        var document = await session.GetSingletonAsync<FeaturesDocument>(cancellationToken);
        enabled = catalog.Modules
            .Where(m => m.Manifest.AlwaysEnabled || document?.Enabled.Contains(m.Id, StringComparer.OrdinalIgnoreCase) == true)
            .Select(m => m.Id)
            .ToList();
        cache.Set(CacheKey, enabled);
        return enabled;
    }

    public async Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default)
        => (await GetEnabledFeatureIdsAsync(cancellationToken)).Contains(featureId, StringComparer.OrdinalIgnoreCase);

    public async Task EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var document = await session.GetSingletonAsync<FeaturesDocument>(cancellationToken) ?? new FeaturesDocument();
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in featureIds)
        {
            AddWithDependencies(catalog.Find(id) ?? throw new InvalidOperationException($"Unknown feature '{id}'."), wanted);
        }

        foreach (var module in catalog.Modules.Where(m => wanted.Contains(m.Id) && !document.Enabled.Contains(m.Id, StringComparer.OrdinalIgnoreCase)))
        {
            document.Enabled.Add(module.Id);
        }

        session.Save(document);
        session.AfterCommit(() => cache.Remove(CacheKey));
        session.AfterRollback(() => cache.Remove(CacheKey));
        cache.Remove(CacheKey);
        await RunMigrationsAsync(document.Enabled, cancellationToken);
    }

    public async Task DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var document = await session.GetSingletonAsync<FeaturesDocument>(cancellationToken) ?? new FeaturesDocument();
        foreach (var id in featureIds)
        {
            var module = catalog.Find(id) ?? throw new InvalidOperationException($"Unknown feature '{id}'.");
            if (module.Manifest.AlwaysEnabled)
            {
                throw new InvalidOperationException($"Feature '{id}' is always enabled.");
            }

            var dependents = catalog.Modules.Where(m => m.Manifest.Dependencies.Contains(module.Id, StringComparer.OrdinalIgnoreCase)
                                                        && document.Enabled.Contains(m.Id, StringComparer.OrdinalIgnoreCase)).Select(m => m.Id).ToList();
            if (dependents.Count > 0)
            {
                throw new InvalidOperationException($"Feature '{id}' is needed by {string.Join(", ", dependents)}; disable those first.");
            }

            document.Enabled.RemoveAll(e => string.Equals(e, module.Id, StringComparison.OrdinalIgnoreCase));
        }

        session.Save(document);
        session.AfterCommit(() => cache.Remove(CacheKey));
        session.AfterRollback(() => cache.Remove(CacheKey));
        cache.Remove(CacheKey);
    }

    /// <summary>Brings every migration of the enabled features (and the always-enabled ones) up to date.</summary>
    public async Task RunMigrationsAsync(IEnumerable<string> enabled, CancellationToken cancellationToken = default)
    {
        var enabledSet = new HashSet<string>(enabled, StringComparer.OrdinalIgnoreCase);
        var store = ((DocumentSession)session).Db;
        foreach (var module in catalog.Modules.Where(m => m.Manifest.AlwaysEnabled || enabledSet.Contains(m.Id)))
        {
            foreach (var migration in migrations.Where(m => string.Equals(m.FeatureId, module.Id, StringComparison.OrdinalIgnoreCase)))
            {
                var migrationId = migration.GetType().FullName!;
                var record = await store.DataMigrations.FirstOrDefaultAsync(r => r.MigrationId == migrationId, cancellationToken);
                var current = record?.Version ?? 0;
                if (current >= migration.Steps.Count)
                {
                    continue;
                }

                var context = new MigrationContext(schema, definitions, services, cancellationToken);
                for (var step = current; step < migration.Steps.Count; step++)
                {
                    await migration.Steps[step](context);
                }

                if (record is null)
                {
                    store.DataMigrations.Add(new DataMigrationRecord { MigrationId = migrationId, FeatureId = module.Id, Version = migration.Steps.Count });
                }
                else
                {
                    record.Version = migration.Steps.Count;
                }

                await store.SaveChangesAsync(cancellationToken);
                store.ChangeTracker.Clear();
                await session.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private void AddWithDependencies(ModuleDescriptor module, HashSet<string> wanted)
    {
        if (!wanted.Add(module.Id))
        {
            return;
        }

        foreach (var dependency in module.Manifest.Dependencies)
        {
            AddWithDependencies(catalog.Find(dependency)!, wanted);
        }
    }
}
