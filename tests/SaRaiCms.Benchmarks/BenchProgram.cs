using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// SaRaiCms platform benchmarks: process start to first page, content writes per second and
/// index query latency, on SQLite and optionally PostgreSQL. Run through scripts/bench-platform.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = Encoding.UTF8;
        if (args is ["seed-site", .. var seedArgs])
        {
            // scripts/bench: a Sa Rài site with generated content for the HTTP benchmark.
            return await SiteSeeder.RunAsync(seedArgs);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (HelpRequestedException)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        Cleanup.InstallSignalHandlers();
        var stores = new List<StoreTarget>();
        if (options.Stores.Contains("sqlite"))
        {
            stores.Add(StoreTarget.Sqlite);
        }

        if (options.Stores.Contains("postgres"))
        {
            stores.Add(StoreTarget.Postgres(options.Postgres!));
        }

        var results = new Results();
        var failed = false;
        var started = DateTime.UtcNow;
        var loadAtStart = LoadAverage();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var queries = new QueryBenchmark(options, results);

        async Task Part(string part, string section, StoreTarget store, Func<Task> run)
        {
            if (!options.Runs(part))
            {
                return;
            }

            try
            {
                await run();
            }
            catch (Exception ex)
            {
                failed = true;
                Log.Info($"{part} [{store.Name}] FAILED: {ex}");
                results.Add(section, $"{part} FAILED", store.Name, "error", ex.GetType().Name + ": " + FirstLine(ex.Message));
            }
        }

        foreach (var store in stores)
        {
            await Part("startup", "1. Process start to first 200 on /", store, () => new StartupBenchmark(options, results).RunAsync(store));
        }

        foreach (var store in stores)
        {
            await Part("writes", "2. Content items saved per second (content manager)", store, () => new WriteBenchmark(options, results).RunAsync(store));
        }

        foreach (var store in stores)
        {
            await Part("queries", "3b. Queries on the corpus (fresh scope per run)", store, () => queries.RunAsync(store));
        }

        var header = new StringBuilder();
        header.AppendLine("SaRaiCms platform benchmark (scripts/bench-platform)");
        header.AppendLine($"  when:     {started:yyyy-MM-dd HH:mm} UTC, took {stopwatch.Elapsed:hh\\:mm\\:ss}");
        header.AppendLine($"  machine:  {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release build");
        header.AppendLine($"  load avg: {loadAtStart} at start, {LoadAverage()} at end (1/5/15 min; other work on this machine skews results)");
        header.AppendLine($"  stores:   {string.Join(", ", await Task.WhenAll(stores.Select(StoreVersionAsync)))}");
        header.AppendLine($"  options:  items {options.Items:N0} (batch 100) and {options.SingleItems:N0} (batch 1), corpus {options.Corpus:N0}, "
                          + $"{options.StartupRuns} start-up runs, {options.WarmupRuns} warm-up + {options.TimedRuns} timed query runs"
                          + (options.Quick ? " [--quick]" : ""));

        results.Note("- Start-up: `dotnet SaRaiCms.Web.dll` (Release) with SaRaiCms__DataPath=<temp> and Urls=http://127.0.0.1:<free port>; "
                     + "the clock starts just before Process.Start and stops at the first 200 on / (GET every 10 ms). "
                     + "One untimed warm-up pair runs first (disk cache); each host is stopped with SIGTERM and its folder deleted.");
        results.Note("- Writes: in-process host built as Program.cs does (CreateBuilder + AddSaRaiCms + SiteInitializer, no Kestrel), "
                     + "fresh site per case, embedded 'bench' recipe (News/Page/Event = TitlePart + AutoroutePart + HtmlBodyPart); "
                     + "NewAsync, TitlePart.Title, HtmlBodyPart.Html (~2 KB Vietnamese), CreateAsync(Published), SaveChangesAsync per batch, after 200 untimed warm-up items. "
                     + "First/last 10% rates show how the cost per item grows with the table. "
                     + "CPU ms/item is this process's user+system time (PostgreSQL's server CPU is not included): it moves much less than wall time when other work shares the machine.");
        results.Note("- Queries: corpus over News/Page/Event (1/3 each), 90% published, PublishedUtc spread over 2016-2025 (content manager with a pinned clock); "
                     + "every run opens a fresh DI scope (new DbContext, empty identity map); the time covers the query and loading the documents. "
                     + "When seeding through the content manager exceeds --seed-budget, the rest is written through IDocumentSession.Save (same JSON and index rows, no handlers).");
        if (queries.Plans.Count > 0)
        {
            results.Note("");
            results.Note("Query plans:");
            foreach (var plan in queries.Plans)
            {
                results.Note(plan);
            }
        }

        var table = results.Render(header.ToString());
        Console.WriteLine();
        Console.WriteLine(table);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, table);
            Log.Info($"results written to {output}");
        }

        return failed ? 1 : 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static async Task<string> StoreVersionAsync(StoreTarget store)
    {
        try
        {
            if (store.IsPostgres)
            {
                await using var pg = new Npgsql.NpgsqlConnection(store.PostgresConnectionString);
                await pg.OpenAsync();
                return $"PostgreSQL {pg.PostgreSqlVersion}";
            }

            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
            await sqlite.OpenAsync();
            return $"SQLite {sqlite.ServerVersion} (WAL, file in a temp folder)";
        }
        catch (Exception ex)
        {
            return $"{store.Name} (version unknown: {ex.GetType().Name})";
        }
    }
}
