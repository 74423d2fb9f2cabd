using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// What the benchmark must not leave behind (started hosts, temporary folders, PostgreSQL
/// schemas), undone by the normal finally blocks and, on SIGTERM or Ctrl+C, all at once here.
/// </summary>
public static class Cleanup
{
    private static readonly ConcurrentDictionary<Process, bool> Processes = new();
    private static readonly ConcurrentDictionary<string, bool> Folders = new();
    private static readonly ConcurrentDictionary<(string Connection, string Schema), bool> Schemas = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];

    public static void Track(Process process) => Processes[process] = true;

    public static void Untrack(Process process) => Processes.TryRemove(process, out _);

    public static void TrackFolder(string path) => Folders[path] = true;

    public static void UntrackFolder(string path) => Folders.TryRemove(path, out _);

    public static void TrackSchema(string connection, string schema) => Schemas[(connection, schema)] = true;

    public static void UntrackSchema(string connection, string schema) => Schemas.TryRemove((connection, schema), out _);

    /// <summary>On SIGTERM/SIGINT: stop started hosts, drop schemas, delete folders, then let the signal end the process.</summary>
    public static void InstallSignalHandlers()
    {
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT })
        {
            Registrations.Add(PosixSignalRegistration.Create(signal, _ =>
            {
                Log.Info($"{signal}: cleaning up before exit");
                RunAll();
            }));
        }
    }

    public static void RunAll()
    {
        foreach (var process in Processes.Keys)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5_000);
                }
            }
            catch (InvalidOperationException)
            {
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var (connection, schema) in Schemas.Keys)
        {
            try
            {
                StoreTarget.DropSchemaAsync(connection, schema).GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                Log.Info($"could not drop schema {schema}: {ex.Message}");
            }
        }

        foreach (var folder in Folders.Keys)
        {
            try
            {
                StoreTarget.DeleteFolder(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.Info($"could not delete {folder}: {ex.Message}");
            }
        }
    }
}
