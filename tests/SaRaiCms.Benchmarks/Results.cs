using System.Globalization;
using System.Text;

namespace SaRaiCms.Benchmarks;

/// <summary>One line of the results table.</summary>
public sealed record ResultRow(string Section, string Benchmark, string Store, string Result, string Detail);

/// <summary>Collects result rows and notes, and prints them as one aligned table.</summary>
public sealed class Results
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(string section, string benchmark, string store, string result, string detail = "")
    {
        var row = new ResultRow(section, benchmark, store, result, detail);
        _rows.Add(row);
        Log.Info($"  => {benchmark} [{store}]: {result}{(detail.Length > 0 ? "  (" + detail + ")" : "")}");
    }

    public void Note(string note) => _notes.Add(note);

    public string Render(string header)
    {
        var sb = new StringBuilder();
        sb.AppendLine(header);
        var columns = new[] { "Benchmark", "Store", "Result", "Detail" };
        // Rows of a section together (sections in order of first appearance), in the order they were added.
        var sections = _rows.Select(r => r.Section).Distinct().ToList();
        var rows = _rows.OrderBy(r => sections.IndexOf(r.Section)).ToList();
        var cells = rows.Select(r => new[] { r.Benchmark, r.Store, r.Result, r.Detail }).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        string Line(string[] values) => "| " + string.Join(" | ", values.Select((v, i) => i == 2 ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))) + " |";
        var rule = "|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|";
        string? section = null;
        sb.AppendLine(rule);
        sb.AppendLine(Line(columns));
        sb.AppendLine(rule);
        foreach (var (row, values) in rows.Zip(cells))
        {
            if (row.Section != section)
            {
                if (section is not null)
                {
                    sb.AppendLine(rule);
                }

                section = row.Section;
                var width = widths.Sum() + 3 * (widths.Length - 1);
                sb.AppendLine("| " + section.ToUpperInvariant().PadRight(width) + " |");
            }

            sb.AppendLine(Line(values));
        }

        sb.AppendLine(rule);
        if (_notes.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Notes:");
            foreach (var note in _notes)
            {
                sb.AppendLine(note);
            }
        }

        return sb.ToString();
    }
}

public static class Stats
{
    /// <summary>Nearest-rank percentile (p in 0..100) of the samples.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static string Ms(double value) => value switch
    {
        < 1 => value.ToString("0.000", CultureInfo.InvariantCulture),
        < 10 => value.ToString("0.00", CultureInfo.InvariantCulture),
        < 100 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    public static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Rate(int count, TimeSpan elapsed) => N(count / Math.Max(elapsed.TotalSeconds, 1e-9));
}

public static class Log
{
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    public static void Info(string message) => Console.Error.WriteLine($"[bench {Clock.Elapsed:mm\\:ss}] {message}");
}
