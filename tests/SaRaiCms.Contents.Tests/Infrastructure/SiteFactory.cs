using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Tests.Infrastructure;

/// <summary>
/// A real SaRaiCms host in memory on SQLite, in its own temporary data folder, with no setup
/// recipe (tests run their own). The same pattern as SaRaiCms.Tests' factory, kept small.
/// No theme is active, so pages render with the Contents module's own views and layout:
/// these tests are about the module, whatever public theme the host references.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "saraicms-contents-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SetupRecipe"] = "",
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:Admin:Password"] = "Test-Passw0rd!",
        };
    }

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services => services.AddSingleton<IThemeAccessor, NoTheme>());
    }

    private sealed class NoTheme : IThemeAccessor
    {
        public Task<string?> GetSiteThemeAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
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
