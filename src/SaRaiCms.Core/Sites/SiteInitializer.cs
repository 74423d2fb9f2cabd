using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;
using SaRaiCms.Recipes;
using SaRaiCms.Store;

namespace SaRaiCms.Sites;

/// <summary>
/// Brings a site's store up to date at start: creates the database and core tables when new,
/// runs pending module migrations, and on first start runs the setup recipe and the setup
/// handlers, all in one transaction (a failed setup leaves an empty database and is retried).
/// </summary>
public sealed class SiteInitializer(IServiceScopeFactory scopes, IOptions<SaRaiCmsOptions> options, ILogger<SiteInitializer> logger)
{
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var site = services.GetRequiredService<ISiteAccessor>().Current;
        var db = services.GetRequiredService<StoreDbContext>();
        var schema = services.GetRequiredService<SchemaBuilder>();
        var session = services.GetRequiredService<IDocumentSession>();

        Directory.CreateDirectory(site.DataPath);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers and one writer work at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (!string.IsNullOrEmpty(site.Schema))
        {
            await schema.EnsureSchemaAsync(site.Schema, cancellationToken);
        }

        var isNew = !await CoreTablesExistAsync(db, cancellationToken);
        var messages = new List<string>();
        await using (var transaction = await session.BeginTransactionAsync(cancellationToken))
        {
            if (isNew)
            {
                await schema.CreateTableAsync(typeof(DocumentRecord), cancellationToken);
                await schema.CreateTableAsync(typeof(DataMigrationRecord), cancellationToken);
            }

            var features = services.GetRequiredService<FeatureManager>();
            await features.RunMigrationsAsync(await features.GetEnabledFeatureIdsAsync(cancellationToken), cancellationToken);

            var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken);
            if (settings?.SetupCompletedUtc is null)
            {
                messages.AddRange(await SetupAsync(services, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (messages.Count > 0 || isNew)
        {
            logger.LogInformation("Site {Site} is ready (setup recipe: {Recipe}).", site.Name, options.Value.SetupRecipe);
        }

        foreach (var message in messages)
        {
            logger.LogWarning("{Message}", message);
        }

        return messages;
    }

    private async Task<IReadOnlyList<string>> SetupAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var session = services.GetRequiredService<IDocumentSession>();
        var parameters = new Dictionary<string, string>
        {
            ["AdminUserId"] = services.GetRequiredService<IIdGenerator>().GenerateUniqueId(),
            ["AdminUsername"] = o.Admin.UserName,
            ["SiteName"] = o.SiteName,
        };

        var recipeName = o.SetupRecipe;
        if (!string.IsNullOrWhiteSpace(recipeName))
        {
            var json = await services.GetRequiredService<RecipeCatalog>().LoadAsync(recipeName, cancellationToken);
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, parameters, cancellationToken);
        }

        var context = new SiteSetupContext(parameters, services, cancellationToken);
        foreach (var handler in services.GetServices<ISiteSetupHandler>())
        {
            await handler.SetupAsync(context);
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        settings.SetupRecipe = recipeName;
        settings.SetupCompletedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        session.Save(settings);
        await session.SaveChangesAsync(cancellationToken);
        return context.Messages;
    }

    private static async Task<bool> CoreTablesExistAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        // A plain probe on the connection (outside EF's command logging and outside any transaction,
        // so a failure does not abort later work on PostgreSQL); the name is quoted by the provider.
        var sql = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        var table = db.Model.FindEntityType(typeof(DataMigrationRecord))!;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT 1 FROM {sql.DelimitIdentifier(table.GetTableName()!, table.GetSchema())} WHERE 1 = 0";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
