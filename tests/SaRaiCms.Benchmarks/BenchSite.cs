using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using SaRaiCms.Sites;

namespace SaRaiCms.Benchmarks;

/// <summary>Where a benchmark site keeps its data.</summary>
public sealed record StoreTarget(string Name, string? PostgresConnectionString)
{
    public bool IsPostgres => PostgresConnectionString is not null;

    public static StoreTarget Sqlite { get; } = new("SQLite", null);

    public static StoreTarget Postgres(string connectionString) => new("PostgreSQL", connectionString);

    /// <summary>A fresh schema name for one site on the shared PostgreSQL server (dropped on exit if still there).</summary>
    public string NewSchema()
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        Cleanup.TrackSchema(PostgresConnectionString!, schema);
        return schema;
    }

    public static async Task DropSchemaAsync(string connectionString, string schema)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
        Cleanup.UntrackSchema(connectionString, schema);
    }

    public static string NewTempFolder(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), "saraicms-bench", $"{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        Cleanup.TrackFolder(path);
        return path;
    }

    public static void DeleteFolder(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                Cleanup.UntrackFolder(path);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}

/// <summary>A clock the benchmark can pin, so items seeded through the content manager get dates spread over years.</summary>
public sealed class BenchClock : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }

    public override DateTimeOffset GetUtcNow() => Fixed ?? base.GetUtcNow();
}

/// <summary>
/// An in-process SaRaiCms host built the way Program.cs builds it (WebApplication.CreateBuilder,
/// AddSaRaiCms with the web host's assembly, SiteInitializer), on its own temporary data folder
/// (and PostgreSQL schema), set up with the embedded benchmark recipe. Kestrel is not started.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private bool _keep;

    private BenchSite(WebApplication app, StoreTarget store, string folder, string? schema, BenchClock clock)
    {
        _app = app;
        Store = store;
        Folder = folder;
        Schema = schema;
        Clock = clock;
    }

    public StoreTarget Store { get; }
    public string Folder { get; }
    public string? Schema { get; }
    public BenchClock Clock { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="keep">Leave the data folder (and PostgreSQL schema) in place afterwards, for investigation.</param>
    /// <param name="folder">
    /// A folder to keep the site in (kept afterwards, for scripts/bench to start the web host on);
    /// default a temporary one.
    /// </param>
    /// <param name="setupRecipe">The setup recipe (a module's recipe name); default the embedded benchmark recipe.</param>
    public static async Task<BenchSite> StartAsync(StoreTarget store, bool keep = false, string? folder = null, string? setupRecipe = null)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            keep = true;
        }

        folder ??= StoreTarget.NewTempFolder("site");
        var recipePath = setupRecipe ?? Path.Combine(folder, "bench.recipe.json");
        if (setupRecipe is null)
        {
            await using var resource = typeof(BenchSite).Assembly.GetManifestResourceStream("SaRaiCms.Benchmarks.bench.recipe.json")
                                       ?? throw new InvalidOperationException("The embedded benchmark recipe is missing.");
            await using var file = File.Create(recipePath);
            await resource.CopyToAsync(file);
        }

        var settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = Path.Combine(folder, "App_Data"),
            ["SaRaiCms:SetupRecipe"] = recipePath,
            ["SaRaiCms:SiteName"] = "Default",
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:DatabaseProvider"] = "Sqlite",
        };
        string? schema = null;
        if (store.IsPostgres)
        {
            schema = store.NewSchema();
            settings["SaRaiCms:DatabaseProvider"] = "Postgres";
            settings["SaRaiCms:ConnectionString"] = store.PostgresConnectionString;
            settings["SaRaiCms:Schema"] = schema;
        }

        var clock = new BenchClock();
        try
        {
            // As Program.cs, with the benchmark's settings and logging kept to warnings (on stderr).
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSaRaiCms(builder.Configuration, typeof(global::Program).Assembly);
            builder.Services.AddSingleton<TimeProvider>(clock);
            var app = builder.Build();
            var site = new BenchSite(app, store, folder, schema, clock);
            try
            {
                await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync();
                site._keep = keep;
            }
            catch
            {
                await site.DisposeAsync();
                throw;
            }

            return site;
        }
        catch
        {
            StoreTarget.DeleteFolder(folder);
            throw;
        }
    }

    public AsyncServiceScope CreateScope() => _app.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keep)
        {
            Cleanup.UntrackFolder(Folder);
            if (Schema is not null)
            {
                Cleanup.UntrackSchema(Store.PostgresConnectionString!, Schema);
            }

            Log.Info($"kept the site's data: {Folder}" + (Schema is null ? "" : $", PostgreSQL schema {Schema}"));
            return;
        }

        if (Store.IsPostgres && Schema is not null)
        {
            await StoreTarget.DropSchemaAsync(Store.PostgresConnectionString!, Schema);
        }

        StoreTarget.DeleteFolder(Folder);
    }
}
