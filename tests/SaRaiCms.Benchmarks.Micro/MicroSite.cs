using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SaRaiCms.Benchmarks.Micro;

/// <summary>
/// The Sa Rài site in memory (WebApplicationFactory over the web host, setup recipe "sarai"),
/// Production environment, output cache off, on a temporary data folder deleted on dispose.
/// </summary>
public sealed class MicroSite : WebApplicationFactory<global::Program>
{
    public MicroSite()
    {
        // The web host's appsettings.json is in this program's output; WebApplicationFactory would look for a source folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SARAICMS_WEB", AppContext.BaseDirectory);
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "saraicms-micro", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = DataPath,
            ["SaRaiCms:SetupRecipe"] = "sarai",
            ["SaRaiCms:Admin:Password"] = "Bench-Passw0rd!",
            ["SaRaiCms:OutputCache:Enabled"] = "false",
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
