using System.Diagnostics;

namespace SaRaiCms.Testing;

/// <summary>
/// Runs the real executable (SaRaiCms.Web.dll from the test's output folder) with a command-line
/// verb, on the site kept in a data folder: on PostgreSQL in that folder's schema
/// (<see cref="TestStore.SchemaFor"/>), which a <see cref="SiteFactory"/> on the same folder also uses.
/// </summary>
public static class CliRunner
{
    public sealed record CliResult(int ExitCode, string StdOut, string StdErr);

    public static async Task<CliResult> RunAsync(string dataPath, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SaRaiCms.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--SaRaiCms:DataPath={dataPath}");
        start.ArgumentList.Add("--SaRaiCms:SetupRecipe=");
        start.ArgumentList.Add("--SaRaiCms:Admin:Password=Test-Passw0rd!");
        var provider = TestStore.Default;
        foreach (var (key, value) in TestStore.Settings(provider, provider == StoreProvider.Postgres ? TestStore.SchemaFor(dataPath) : null))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
