using System.Security.Cryptography;
using System.Text;

namespace SaRaiCms.Testing;

/// <summary>The database a test site runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database the integration suites run on. scripts/test runs them once with
/// SARAICMS_TEST_STORE unset (SQLite) and once with SARAICMS_TEST_STORE=Postgres, so each test
/// is written once and runs on both.
/// </summary>
public static class TestStore
{
    public const string Variable = "SARAICMS_TEST_STORE";

    /// <summary>The provider of every site that does not name one.</summary>
    public static StoreProvider Default
        => Environment.GetEnvironmentVariable(Variable) switch
        {
            null or "" => StoreProvider.Sqlite,
            var value when Enum.TryParse<StoreProvider>(value, ignoreCase: true, out var provider) => provider,
            var value => throw new InvalidOperationException($"{Variable}={value}: expected Sqlite or Postgres."),
        };

    /// <summary>The server scripts/test started; a clear failure (not a skip) when it is missing.</summary>
    public static string PostgresConnectionString
        => Environment.GetEnvironmentVariable("SARAICMS_TEST_POSTGRES")
           ?? throw new InvalidOperationException("SARAICMS_TEST_POSTGRES is not set: run the tests with scripts/test, which starts a throwaway PostgreSQL server.");

    /// <summary>A fresh schema name for a new site.</summary>
    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// The schema of the site kept in <paramref name="dataPath"/>: a host and a command-line process
    /// started on the same folder find the same PostgreSQL data, as they find the same SQLite file.
    /// </summary>
    public static string SchemaFor(string dataPath)
        => "t_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataPath))))[..12];

    /// <summary>The host settings that put a site on <paramref name="provider"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(StoreProvider provider, string? schema)
    {
        if (provider != StoreProvider.Postgres)
        {
            yield break;
        }

        yield return new("SaRaiCms:DatabaseProvider", "Postgres");
        yield return new("SaRaiCms:ConnectionString", PostgresConnectionString);
        yield return new("SaRaiCms:Schema", schema);
    }
}
