namespace SaRaiCms.Web;

/// <summary>Benchmark-only settings (section SaRaiCms:Benchmark); all off in production.</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "SaRaiCms:Benchmark";

    /// <summary>Maps <see cref="CeilingEndpoint.Path"/>: what this host serves at best, for scripts/bench.</summary>
    public bool CeilingEndpoint { get; set; }
}

/// <summary>
/// A fixed 20 KB HTML string through the same pipeline as the pages (static files, routing,
/// authentication), without the CMS: the throughput ceiling scripts/bench compares pages with.
/// </summary>
public sealed class CeilingEndpoint
{
    public const string Path = "/_bench/ceiling";
    public const int Size = 20 * 1024;

    public string Html { get; } = Build();

    public static void MapIfEnabled(WebApplication app)
    {
        var options = app.Configuration.GetSection(BenchmarkOptions.Section).Get<BenchmarkOptions>() ?? new BenchmarkOptions();
        if (!options.CeilingEndpoint)
        {
            return;
        }

        var page = new CeilingEndpoint();
        // Never cached: SaRaiCms.OutputCache excludes /_bench.
        app.MapGet(Path, () => Results.Text(page.Html, "text/html; charset=utf-8"));
    }

    private static string Build()
    {
        const string head = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Ceiling</title></head><body>";
        const string tail = "</body></html>";
        var builder = new System.Text.StringBuilder(head, Size);
        while (builder.Length + tail.Length < Size)
        {
            builder.Append("<p>Tin tuc, hoat dong cua Dang bo thi tran Sa Rai.</p>\n"); // ASCII: 1 char = 1 byte
        }

        builder.Length = Size - tail.Length;
        return builder.Append(tail).ToString();
    }
}
