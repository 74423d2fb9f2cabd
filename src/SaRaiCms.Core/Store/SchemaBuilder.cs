using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace SaRaiCms.Store;

/// <summary>
/// Module schema changes as EF Core migration operations, derived from the store's model and
/// turned into SQL by the provider's own migrations SQL generator. They run on the session's
/// connection and transaction, so a failing recipe or migration leaves no half-made schema.
/// </summary>
public sealed class SchemaBuilder(StoreDbContext db) : ISchemaBuilder
{
    private IModel DesignModel => db.GetService<IDesignTimeModel>().Model;

    private ITable Table<TIndex>()
    {
        var entity = DesignModel.FindEntityType(typeof(TIndex))
            ?? throw new InvalidOperationException($"{typeof(TIndex).Name} is not a registered index; add its index provider in the module's Startup.");
        return entity.GetTableMappings().Single().Table;
    }

    public Task CreateMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex
        => CreateTableAsync(typeof(TIndex), cancellationToken);

    internal async Task CreateTableAsync(Type entityType, CancellationToken cancellationToken)
    {
        var entity = DesignModel.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not in the store model.");
        var table = entity.GetTableMappings().Single().Table;
        var differ = db.GetService<IMigrationsModelDiffer>();
        var operations = differ.GetDifferences(null, DesignModel.GetRelationalModel())
            .Where(op => op switch
            {
                CreateTableOperation create => create.Name == table.Name && create.Schema == table.Schema,
                CreateIndexOperation index => index.Table == table.Name && index.Schema == table.Schema
                                               && table.Indexes.FirstOrDefault(i => i.Name == index.Name)?.MappedIndexes.Any(m => m.FindAnnotation(IndexBuilderExtensions.AddedLaterAnnotation) is not null) != true,
                _ => false,
            })
            .ToList();
        await ExecuteAsync(operations, cancellationToken);
    }

    public async Task AddColumnAsync<TIndex>(string propertyName, CancellationToken cancellationToken = default) where TIndex : MapIndex
    {
        var table = Table<TIndex>();
        var column = table.Columns.Single(c => c.PropertyMappings.Any(m => m.Property.Name == propertyName));
        await ExecuteAsync(
        [
            new AddColumnOperation
            {
                Table = table.Name,
                Schema = table.Schema,
                Name = column.Name,
                ClrType = column.ProviderClrType,
                ColumnType = column.StoreType,
                IsNullable = column.IsNullable,
                MaxLength = column.MaxLength,
                DefaultValue = column.IsNullable ? null : column.ProviderClrType.IsValueType ? Activator.CreateInstance(column.ProviderClrType) : "",
            },
        ], cancellationToken);
    }

    public async Task CreateIndexAsync<TIndex>(string indexName, CancellationToken cancellationToken = default) where TIndex : MapIndex
    {
        var index = Table<TIndex>().Indexes.Single(i => i.Name == indexName);
        await ExecuteAsync([CreateIndexOperation.CreateFrom(index)], cancellationToken);
    }

    public async Task DropMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex
    {
        var table = Table<TIndex>();
        await ExecuteAsync([new DropTableOperation { Name = table.Name, Schema = table.Schema }], cancellationToken);
    }

    internal async Task EnsureSchemaAsync(string schema, CancellationToken cancellationToken)
        => await ExecuteAsync([new EnsureSchemaOperation { Name = schema }], cancellationToken);

    private async Task ExecuteAsync(IReadOnlyList<MigrationOperation> operations, CancellationToken cancellationToken)
    {
        var generator = db.GetService<IMigrationsSqlGenerator>();
        foreach (var command in generator.Generate(operations, db.Model))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }
    }
}
