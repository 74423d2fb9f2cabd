namespace SaRaiCms.Store;

/// <summary>
/// Schema changes for module migrations, expressed once and turned into the current
/// provider's SQL by EF Core's own migrations SQL generator.
/// </summary>
public interface ISchemaBuilder
{
    /// <summary>Creates the table of an index, with the columns and database indexes its provider declares.</summary>
    Task CreateMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex;

    /// <summary>Adds a column declared on the index class since the table was created.</summary>
    Task AddColumnAsync<TIndex>(string propertyName, CancellationToken cancellationToken = default) where TIndex : MapIndex;

    /// <summary>Creates a database index declared on the model since the table was created.</summary>
    Task CreateIndexAsync<TIndex>(string indexName, CancellationToken cancellationToken = default) where TIndex : MapIndex;

    Task DropMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex;
}
