using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
/// It records what the host logged (setup reports a generated administrator password there).
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Passw0rd!";

    private readonly Dictionary<string, string?> _settings;
    private bool _ownsData;

    /// <param name="dataPath">An existing site's folder (with <paramref name="schema"/> on PostgreSQL) to start that site again; it is then left for its first factory to delete.</param>
    public SiteFactory(StoreProvider provider = StoreProvider.Sqlite, string? setupRecipe = "", string? dataPath = null, string? schema = null)
    {
        Provider = provider;
        _ownsData = dataPath is null;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "saraicms-tests", Guid.NewGuid().ToString("N"));
        Schema = provider == StoreProvider.Postgres ? schema ?? "t_" + Guid.NewGuid().ToString("N")[..12] : null;
        _settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SetupRecipe"] = setupRecipe,
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:Admin:Password"] = AdminPassword,
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

    /// <summary>Everything the host logged at Information or above.</summary>
    public ConcurrentQueue<LogEntry> Log { get; } = new();

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

    /// <summary>
    /// The same site (folder and schema) started again by a new host. The new factory takes over
    /// deleting the site when it is disposed, so this one may be disposed first (a real restart).
    /// </summary>
    public SiteFactory Restart()
    {
        var restarted = new SiteFactory(Provider, _settings["SaRaiCms:SetupRecipe"], DataPath, Schema);
        foreach (var (key, value) in _settings)
        {
            restarted._settings.TryAdd(key, value);
        }

        restarted._ownsData = _ownsData;
        _ownsData = false;
        return restarted;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Log)));
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

    /// <summary>Creates a user with a password and roles, as an administrator would.</summary>
    public Task CreateUserAsync(string userName, string password, params string[] roles)
        => InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SaRaiCms.Users.Models.User>>();
            var user = new SaRaiCms.Users.Models.User { UserId = services.GetRequiredService<SaRaiCms.ContentManagement.IIdGenerator>().GenerateUniqueId(), UserName = userName };
            Check(await users.CreateAsync(user, password), userName);
            foreach (var role in roles)
            {
                Check(await users.AddToRoleAsync(user, role), userName);
            }
        });

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"User {userName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsData)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (Provider == StoreProvider.Postgres && Schema is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message);

/// <summary>Keeps the host's log lines in memory for assertions.</summary>
public sealed class RecordingLoggerProvider(ConcurrentQueue<LogEntry> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<LogEntry> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
            }
        }
    }
}
