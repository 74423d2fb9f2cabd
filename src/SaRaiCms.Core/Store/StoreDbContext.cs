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
/// and on the site's schema, which is what the model cache key says. Contexts are pooled
/// (<c>AddDbContextPool</c>), so the constructor takes only the options: the store model and
/// the site come with them, in <see cref="StoreOptionsExtension"/>.
/// </summary>
public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options)
{
    private readonly StoreOptionsExtension _store = options.FindExtension<StoreOptionsExtension>()
        ?? throw new InvalidOperationException("The store's options were built without UseStore(...).");

    public StoreModel StoreModel => _store.StoreModel;
    public SiteContext Site => _store.Site;

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

/// <summary>What a pooled <see cref="StoreDbContext"/> needs besides the provider: the site's index tables and schema.</summary>
public sealed class StoreOptionsExtension(StoreModel storeModel, SiteContext site) : IDbContextOptionsExtension
{
    public StoreModel StoreModel { get; } = storeModel;
    public SiteContext Site { get; } = site;

    private DbContextOptionsExtensionInfo? _info;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(StoreOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new StoreOptionsExtension Extension => (StoreOptionsExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Site={Extension.Site.Name} ";

        // The model is chosen by StoreModelCacheKeyFactory; EF's internal services do not depend on this extension.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            => debugInfo["SaRaiCms:Site"] = Extension.Site.Name;
    }
}

internal static class StoreOptionsBuilderExtensions
{
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder builder, StoreModel storeModel, SiteContext site)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new StoreOptionsExtension(storeModel, site));
        return builder;
    }
}

internal sealed class StoreModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
        => context is StoreDbContext store
            ? (context.GetType(), store.StoreModel.Signature, store.Site.Schema, store.Database.ProviderName, designTime)
            : (object)(context.GetType(), designTime);
}
