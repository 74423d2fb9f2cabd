using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Search.Tests.Infrastructure;

/// <summary>
/// A real SaRaiCms host in memory on SQLite, with its own temporary data folder (a copy of the
/// platform tests' factory, kept small). The test-only <see cref="TestDocumentNumberContributor"/>
/// is registered, as the committee module will register its own.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataPath;

    public SiteFactory(string? dataPath = null, string siteName = "Default")
    {
        _ownsDataPath = dataPath is null;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "saraicms-search-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SiteName"] = siteName,
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
        builder.ConfigureTestServices(services => services.AddSearchDocumentContributor<TestDocumentNumberContributor>());
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
        if (!_ownsDataPath)
        {
            return;
        }

        await DeleteFolderAsync(DataPath);
    }

    /// <summary>Deletes a test's data folder, retrying while the stopped host finishes closing its files.</summary>
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
