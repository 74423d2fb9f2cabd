using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SaRaiCms.Store;

/// <summary>
/// Maps documents of one type to rows of one index table. Modules register providers with
/// <c>services.AddIndexProvider&lt;TProvider&gt;()</c>; the table is created by the module's
/// migration with <c>schema.CreateMapIndexTable&lt;TIndex&gt;()</c>.
/// </summary>
public interface IIndexProvider
{
    Type DocumentType { get; }

    Type IndexType { get; }

    IEnumerable<MapIndex> Map(object document);

    /// <summary>Declares the table's columns and database indexes on the EF Core model.</summary>
    void ConfigureTable(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder);
}

public abstract class IndexProvider<TDocument, TIndex> : IIndexProvider
    where TDocument : class, IDocument
    where TIndex : MapIndex
{
    public Type DocumentType => typeof(TDocument);

    public Type IndexType => typeof(TIndex);

    /// <summary>The table name; defaults to the index class name.</summary>
    protected virtual string TableName => typeof(TIndex).Name;

    public abstract IEnumerable<TIndex> Map(TDocument document);

    IEnumerable<MapIndex> IIndexProvider.Map(object document) => Map((TDocument)document);

    public void ConfigureTable(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder)
    {
        var entity = modelBuilder.Entity<TIndex>();
        entity.ToTable(TableName);
        entity.HasKey(x => x.Id);
        entity.HasIndex(x => x.DocumentId);
        Configure(entity);
    }

    /// <summary>Add column lengths and the database indexes the module's queries need.</summary>
    protected virtual void Configure(EntityTypeBuilder<TIndex> table)
    {
    }
}

public static class IndexBuilderExtensions
{
    public const string AddedLaterAnnotation = "SaRaiCms:AddedByLaterMigration";

    /// <summary>
    /// Marks a database index added after its table shipped: creating the table leaves it out,
    /// and the migration step that adds it (<c>schema.CreateIndexAsync</c>) creates it — on new
    /// and on existing sites alike.
    /// </summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder<T> AddedByLaterMigration<T>(this Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder<T> index)
        => index.HasAnnotation(AddedLaterAnnotation, true);
}
