using BenchmarkDotNet.Running;

namespace SaRaiCms.Benchmarks.Micro;

/// <summary>
/// Runs the micro-benchmarks: <c>scripts/bench-micro [BenchmarkDotNet options, e.g. --filter *Render*]</c>,
/// or <c>scripts/bench-micro --profile [requests] [--sql]</c> for SQL commands and allocations per public request.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--profile")
        {
            var requests = args.Skip(1).FirstOrDefault(a => a.All(char.IsAsciiDigit)) is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 300;
            return await RequestProfile.RunAsync(requests, args.Contains("--sql"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
