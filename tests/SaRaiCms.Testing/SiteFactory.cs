using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SaRaiCms.Testing;

/// <summary>
/// A real SaRaiCms host in memory: its own temporary data folder, and on PostgreSQL its own
/// schema on the server that scripts/test starts (SARAICMS_TEST_POSTGRES), dropped afterwards.
/// The database is <see cref="TestStore.Default"/> unless a test names one. It records what the
/// host logged (setup reports a generated administrator password there).
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Passw0rd!";

    private readonly Dictionary<string, string?> _settings;
    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _ownsData;

    /// <param name="provider">The database; <see cref="TestStore.Default"/> when null.</param>
    /// <param name="dataPath">An existing site's folder to start that site again (on PostgreSQL its schema is <see cref="TestStore.SchemaFor"/> the folder unless <paramref name="schema"/> is given); it is then left for its first factory to delete.</param>
    public SiteFactory(StoreProvider? provider = null, string? setupRecipe = "", string? dataPath = null, string? schema = null)
    {
        Provider = provider ?? TestStore.Default;
        _ownsData = dataPath is null;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "saraicms-tests", Guid.NewGuid().ToString("N"));
        Schema = Provider == StoreProvider.Postgres ? schema ?? (dataPath is null ? TestStore.NewSchema() : TestStore.SchemaFor(dataPath)) : null;
        _settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SetupRecipe"] = setupRecipe,
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:Admin:Password"] = AdminPassword,
        };
        foreach (var (key, value) in TestStore.Settings(Provider, Schema))
        {
            _settings[key] = value;
        }
    }

    public StoreProvider Provider { get; }
    public string DataPath { get; }
    public string? Schema { get; }

    /// <summary>Everything the host logged at Information or above.</summary>
    public ConcurrentQueue<LogEntry> Log { get; } = new();

    /// <summary>The server scripts/test started; a clear failure (not a skip) when it is missing.</summary>
    public static string PostgresConnectionString => TestStore.PostgresConnectionString;

    /// <summary>Settings to add or override before the host starts.</summary>
    public SiteFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Services to add or replace before the host starts (after the host's own).</summary>
    public SiteFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>The host's clock (scheduled publishing, audit retention, dates set on save) is <paramref name="clock"/>.</summary>
    public SiteFactory WithClock(TimeProvider clock)
        => WithServices(services => services.AddSingleton(clock));

    /// <summary>
    /// The same site (folder and schema) started again by a new host with the same settings and
    /// services. The new factory takes over deleting the site when it is disposed, so this one
    /// may be disposed first (a real restart).
    /// </summary>
    public SiteFactory Restart()
    {
        var restarted = new SiteFactory(Provider, _settings["SaRaiCms:SetupRecipe"], DataPath, Schema);
        foreach (var (key, value) in _settings)
        {
            restarted._settings.TryAdd(key, value);
        }

        restarted._services.AddRange(_services);
        restarted._ownsData = _ownsData;
        _ownsData = false;
        return restarted;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Log)));
        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
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
        await DeleteFolderAsync(DataPath);
    }

    /// <summary>Deletes a test's data folder, retrying while a stopped host finishes closing its files.</summary>
    public static async Task DeleteFolderAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
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
