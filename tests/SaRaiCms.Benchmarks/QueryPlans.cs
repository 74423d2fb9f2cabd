using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Store;

namespace SaRaiCms.Benchmarks;

/// <summary>The database's plan for an EF Core query (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN), for the report.</summary>
public static partial class QueryPlans
{
    /// <param name="count">Explain SELECT COUNT(*) over the query (what CountAsync sends) instead of the query itself.</param>
    public static async Task<string> ExplainAsync<T>(IServiceProvider scope, IQueryable<T> query, bool count = false)
    {
        var db = scope.GetRequiredService<StoreDbContext>();
        var isSqlite = db.Database.IsSqlite();
        var parameters = new List<(string Name, object Value)>();
        var sql = new StringBuilder();
        foreach (var line in query.ToQueryString().Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var rest = line[".param set ".Length..];
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                parameters.Add((rest[..space], ParseValue(rest[(space + 1)..])));
            }
            else if (PgParameter().Match(line) is { Success: true } m)
            {
                parameters.Add((m.Groups[1].Value, ParseValue("'" + m.Groups[2].Value + "'", m.Groups[2].Value)));
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                sql.AppendLine(line);
            }
        }

        var text = sql.ToString().Trim();
        if (count)
        {
            text = $"SELECT COUNT(*) FROM ({text}) AS counted";
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = (isSqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + text;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var plan = new StringBuilder();
        plan.AppendLine("    SQL: " + string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        if (parameters.Count > 0)
        {
            plan.AppendLine("    Parameters: " + string.Join(", ", parameters.Select(p => $"{p.Name}={p.Value}")));
        }

        await using var reader = await command.ExecuteReaderAsync();
        if (isSqlite)
        {
            // Rows: id, parent, notused, detail; indent by depth.
            var depth = new Dictionary<long, int> { [0] = 0 };
            while (await reader.ReadAsync())
            {
                var id = reader.GetInt64(0);
                var parent = reader.GetInt64(1);
                var d = depth.GetValueOrDefault(parent) + 1;
                depth[id] = d;
                plan.AppendLine("    " + new string(' ', 2 * d) + reader.GetString(3));
            }
        }
        else
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine("      " + reader.GetString(0));
            }
        }

        return plan.ToString().TrimEnd();
    }

    private static object ParseValue(string text, string? raw = null)
    {
        if (long.TryParse(raw ?? text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return bool.TryParse(text, out var flag) ? flag : text;
    }

    [GeneratedRegex(@"^-- (@\w+)='(.*)'(?: \(.*\))?$")]
    private static partial Regex PgParameter();
}
