using System.Globalization;

namespace SaRaiCms.Benchmarks;

/// <summary>Command-line options of the platform benchmark (see scripts/bench-platform).</summary>
public sealed class BenchOptions
{
    public int Items { get; private set; } = 10_000;
    public int SingleItems { get; private set; } = 1_000;
    public int Corpus { get; private set; } = 100_000;
    public int StartupRuns { get; private set; } = 5;
    public int WarmupRuns { get; private set; } = 5;
    public int TimedRuns { get; private set; } = 50;

    /// <summary>Seconds of corpus seeding through the content manager before the rest goes straight to the store.</summary>
    public double SeedBudgetSeconds { get; private set; } = 240;

    public string? Postgres { get; private set; }
    public bool Quick { get; private set; }
    public bool KeepData { get; private set; }
    public string? WebDll { get; private set; }
    public string? Output { get; private set; }
    public HashSet<string> Only { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Stores { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    public const string Usage = """
        Usage: SaRaiCms.Benchmarks [options]
          --items N          content items saved in batches of 100 (default 10000; batch size 1 uses N/10)
          --corpus N         items seeded for the query benchmark (default 100000)
          --postgres CONN    also run on PostgreSQL (each run gets its own schema, dropped afterwards)
          --stores LIST      sqlite,postgres (default: sqlite, plus postgres when --postgres is given)
          --quick            smoke run: 1000 items, 10000 corpus, 3 start-up runs
          --startup-runs N   process starts per case (default 5)
          --seed-budget S    seconds of corpus seeding through the content manager before the rest is
                             written straight to the document store (default 240; 0 = no limit)
          --only LIST        startup,writes,queries (default: all)
          --web-dll PATH     SaRaiCms.Web.dll to start (default: src/SaRaiCms.Web/bin/Release/net10.0)
          --output PATH      also write the results table to PATH
          --keep-data        keep the query corpus site (folder, schema) afterwards and print where it is
        """;

    private static IEnumerable<string> List(string value)
        => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant());

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        int? items = null, corpus = null, startupRuns = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int NextInt() => int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--items": items = NextInt(); break;
                case "--corpus": corpus = NextInt(); break;
                case "--postgres": o.Postgres = Next(); break;
                case "--quick": o.Quick = true; break;
                case "--keep-data": o.KeepData = true; break;
                case "--startup-runs": startupRuns = NextInt(); break;
                case "--seed-budget": o.SeedBudgetSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--web-dll": o.WebDll = Next(); break;
                case "--output": o.Output = Next(); break;
                case "--only": o.Only.UnionWith(List(Next())); break;
                case "--stores": o.Stores.UnionWith(List(Next())); break;
                case "-h" or "--help": throw new HelpRequestedException();
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (o.Quick)
        {
            o.Items = 1_000;
            o.Corpus = 10_000;
            o.StartupRuns = 3;
        }

        o.Items = items ?? o.Items;
        o.Corpus = corpus ?? o.Corpus;
        o.StartupRuns = startupRuns ?? o.StartupRuns;
        o.SingleItems = Math.Max(1, o.Items / 10);
        if (o.Items < 1 || o.Corpus < 100 || o.StartupRuns < 1)
        {
            throw new ArgumentException("--items must be >= 1, --corpus >= 100, --startup-runs >= 1.");
        }

        if (o.Stores.Count == 0)
        {
            o.Stores.Add("sqlite");
            if (o.Postgres is not null)
            {
                o.Stores.Add("postgres");
            }
        }

        foreach (var store in o.Stores)
        {
            if (store is not ("sqlite" or "postgres"))
            {
                throw new ArgumentException($"Unknown store '{store}' (sqlite, postgres).");
            }
        }

        if (o.Stores.Contains("postgres") && o.Postgres is null)
        {
            throw new ArgumentException("--stores postgres needs --postgres CONN.");
        }

        foreach (var part in o.Only)
        {
            if (part is not ("startup" or "writes" or "queries"))
            {
                throw new ArgumentException($"Unknown part '{part}' (startup, writes, queries).");
            }
        }

        return o;
    }
}

public sealed class HelpRequestedException : Exception;
