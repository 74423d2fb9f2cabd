using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// Process start to the first 200 on "/": the real host (the Release SaRaiCms.Web.dll) started as
/// a separate process on a free loopback port, polled every 10 ms. A first start runs on an empty
/// data folder (schema creation, migrations, the "sarai" setup recipe); a second start reuses it.
/// </summary>
public sealed class StartupBenchmark(BenchOptions options, Results results)
{
    private const string Section = "1. Process start to first 200 on /";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public async Task RunAsync(StoreTarget store)
    {
        var webDll = FindWebDll(options.WebDll);
        Log.Info($"start-up [{store.Name}]: {webDll}, {options.StartupRuns} runs per case (plus one untimed warm-up)");
        var first = new List<double>();
        var second = new List<double>();
        var firstCpu = new List<double>();
        var secondCpu = new List<double>();
        for (var run = -1; run < options.StartupRuns; run++)
        {
            var folder = StoreTarget.NewTempFolder("startup");
            var schema = store.IsPostgres ? store.NewSchema() : null;
            try
            {
                var a = await StartOnceAsync(webDll, store, folder, schema);
                var b = await StartOnceAsync(webDll, store, folder, schema);
                if (run >= 0)
                {
                    first.Add(a.WallMs);
                    second.Add(b.WallMs);
                    firstCpu.Add(a.CpuMs);
                    secondCpu.Add(b.CpuMs);
                    Log.Info($"  run {run + 1}: first start {a.WallMs:0} ms (host CPU {a.CpuMs:0} ms), second start {b.WallMs:0} ms (host CPU {b.CpuMs:0} ms)");
                }
                else
                {
                    Log.Info($"  warm-up: first start {a.WallMs:0} ms, second start {b.WallMs:0} ms (not counted)");
                }
            }
            finally
            {
                if (schema is not null)
                {
                    await StoreTarget.DropSchemaAsync(store.PostgresConnectionString!, schema);
                }

                StoreTarget.DeleteFolder(folder);
            }
        }

        results.Add(Section, "First start (empty data folder, setup recipe)", store.Name,
            $"{Stats.Ms(Stats.Median(first))} ms", $"median of {first.Count}; max {Stats.Ms(first.Max())} ms; host CPU median {Stats.Ms(Stats.Median(firstCpu))} ms");
        results.Add(Section, "Second start (existing database)", store.Name,
            $"{Stats.Ms(Stats.Median(second))} ms", $"median of {second.Count}; max {Stats.Ms(second.Max())} ms; host CPU median {Stats.Ms(Stats.Median(secondCpu))} ms");
    }

    /// <summary>Wall time to the first 200, and the CPU time (user + system) the host process had used by then.</summary>
    private readonly record struct StartTime(double WallMs, double CpuMs);

    private static async Task<StartTime> StartOnceAsync(string webDll, StoreTarget store, string folder, string? schema)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}/";
        var start = new ProcessStartInfo(DotnetHost(), [webDll])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SaRaiCms__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["SaRaiCms__DataPath"] = folder;
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        if (store.IsPostgres)
        {
            start.Environment["SaRaiCms__DatabaseProvider"] = "Postgres";
            start.Environment["SaRaiCms__ConnectionString"] = store.PostgresConnectionString;
            start.Environment["SaRaiCms__Schema"] = schema;
        }

        var output = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 60)
                {
                    output.Dequeue();
                }
            }
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            AllowAutoRedirect = false,
            UseProxy = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

        // Warm this process's HTTP client (JIT, DNS-free loopback path) against the still-closed port.
        await TryGetAsync(http, url);

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Cleanup.Track(process);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            HttpStatusCode? last = null;
            while (true)
            {
                last = await TryGetAsync(http, url) ?? last;
                if (last == HttpStatusCode.OK)
                {
                    stopwatch.Stop();
                    process.Refresh();
                    return new StartTime(stopwatch.Elapsed.TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
                }

                if (process.HasExited || stopwatch.Elapsed > StartTimeout)
                {
                    string tail;
                    lock (output)
                    {
                        tail = string.Join(Environment.NewLine, output);
                    }

                    throw new InvalidOperationException(
                        $"The host did not answer 200 on {url} (last status {(last is null ? "none" : (int)last)}, "
                        + $"{(process.HasExited ? $"exited with {process.ExitCode}" : "timed out")}). Its last output:{Environment.NewLine}{tail}");
                }

                await Task.Delay(10);
            }
        }
        finally
        {
            await StopAsync(process);
            Cleanup.Untrack(process);
        }
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string url)
    {
        try
        {
            using var response = await http.GetAsync(url);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGTERM first, so the host shuts down as it would in production (SQLite checkpoints its WAL), then kill.</summary>
    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = NativeMethods.Kill(process.Id, 15);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                return;
            }
            catch (OperationCanceledException)
            {
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet host running this benchmark (scripts/bench-platform runs it with `dotnet`), else dotnet on PATH.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }

    public static string FindWebDll(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException("--web-dll not found.", given);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SaRaiCms.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "SaRaiCms.Web", "bin", "Release", "net10.0", "SaRaiCms.Web.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException("Build the host first: dotnet build src/SaRaiCms.Web -c Release (scripts/bench-platform does).", dll);
            }
        }

        throw new FileNotFoundException("SaRaiCms.sln not found above the benchmark; pass --web-dll.");
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
    }
}
