using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SaRaiCms.Sites;

namespace SaRaiCms.Store;

/// <summary>A document row: JSON content with a version for optimistic concurrency.</summary>
public sealed class DocumentRecord
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public string Content { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>How far each migration has run on this site.</summary>
public sealed class DataMigrationRecord
{
    public string MigrationId { get; set; } = "";
    public string FeatureId { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>
/// The EF Core model of a site's store: the documents table, the migrations table and one
/// table per registered index provider. The model depends on the modules the host references
/// and on the site's schema, which is what the model cache key says.
/// </summary>
public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options, StoreModel storeModel, SiteContext site) : DbContext(options)
{
    public StoreModel StoreModel { get; } = storeModel;
    public SiteContext Site { get; } = site;

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<DataMigrationRecord> DataMigrations => Set<DataMigrationRecord>();

    /// <summary>
    /// Every date in the store is UTC. Dates made in code (a calendar day, today in the site's
    /// time zone) often have an unspecified kind; they are taken as UTC, which PostgreSQL's
    /// timestamptz requires and SQLite's text dates keep as written.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!string.IsNullOrEmpty(Site.Schema) && Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(Site.Schema);
        }

        var document = modelBuilder.Entity<DocumentRecord>();
        document.ToTable("Document");
        document.HasKey(d => d.Id);
        document.Property(d => d.Type).HasMaxLength(255).IsRequired();
        document.Property(d => d.Content).IsRequired();
        document.Property(d => d.Version).IsConcurrencyToken();
        document.HasIndex(d => d.Type);

        var migration = modelBuilder.Entity<DataMigrationRecord>();
        migration.ToTable("DataMigration");
        migration.HasKey(m => m.MigrationId);
        migration.Property(m => m.MigrationId).HasMaxLength(255);
        migration.Property(m => m.FeatureId).HasMaxLength(255);

        foreach (var provider in StoreModel.Providers)
        {
            provider.ConfigureTable(modelBuilder);
        }
    }
}

/// <summary>The index providers the host knows, fixed at start.</summary>
public sealed class StoreModel(IEnumerable<IIndexProvider> providers, Modules.ModuleCatalog catalog)
{
    public IReadOnlyList<IIndexProvider> Providers { get; } = providers.GroupBy(p => p.IndexType).Select(g => g.First()).ToList();

    /// <summary>The providers of the given modules; providers outside any module (tests, the host) always count.</summary>
    public IReadOnlyList<IIndexProvider> ProvidersIn(IReadOnlyCollection<string> moduleIds)
        => Providers.Where(p => catalog.Modules.FirstOrDefault(m => m.Assembly == p.GetType().Assembly) is not { } module
                                || moduleIds.Contains(module.Id, StringComparer.OrdinalIgnoreCase)).ToList();

    public string Signature => string.Join(",", Providers.Select(p => p.IndexType.FullName));
}

internal sealed class StoreModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
        => context is StoreDbContext store
            ? (context.GetType(), store.StoreModel.Signature, store.Site.Schema, store.Database.ProviderName, designTime)
            : (object)(context.GetType(), designTime);
}
