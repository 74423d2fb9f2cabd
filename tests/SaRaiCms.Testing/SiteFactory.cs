using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace SaRaiCms.Testing;

/// <summary>The database a test site runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A real SaRaiCms host in memory: its own temporary data folder, and on PostgreSQL its own
/// schema on the server that scripts/test starts (SARAICMS_TEST_POSTGRES), dropped afterwards.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataPath;

    public SiteFactory(StoreProvider provider = StoreProvider.Sqlite, string? setupRecipe = "", string? dataPath = null, string? schema = null)
    {
        Provider = provider;
        _ownsDataPath = dataPath is null;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "saraicms-tests", Guid.NewGuid().ToString("N"));
        Schema = provider == StoreProvider.Postgres ? schema ?? "t_" + Guid.NewGuid().ToString("N")[..12] : null;
        _settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SetupRecipe"] = setupRecipe,
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:Admin:Password"] = "Test-Passw0rd!",
        };
        if (provider == StoreProvider.Postgres)
        {
            _settings["SaRaiCms:DatabaseProvider"] = "Postgres";
            _settings["SaRaiCms:ConnectionString"] = PostgresConnectionString;
            _settings["SaRaiCms:Schema"] = Schema;
        }
    }

    public StoreProvider Provider { get; }
    public string DataPath { get; }
    public string? Schema { get; }

    /// <summary>The server scripts/test started; a clear failure (not a skip) when it is missing.</summary>
    public static string PostgresConnectionString
        => Environment.GetEnvironmentVariable("SARAICMS_TEST_POSTGRES")
           ?? throw new InvalidOperationException("SARAICMS_TEST_POSTGRES is not set: run the tests with scripts/test, which starts a throwaway PostgreSQL server.");

    /// <summary>Settings to add or override before the host starts.</summary>
    public SiteFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope (one unit of work).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (Provider == StoreProvider.Postgres && Schema is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDataPath)
        {
            return;
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
