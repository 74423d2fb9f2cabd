namespace SaRaiCms.Testing;

/// <summary>
/// The project's shared folder (domain texts, Orchard interop fixtures): SARAICMS_SHARED_DIR when
/// set, else "shared" beside the repository, else /work/shared (where CI keeps it when the
/// checkout lives elsewhere).
/// </summary>
public static class SharedFolder
{
    public static string Path
    {
        get
        {
            var candidates = new List<string>();
            if (Environment.GetEnvironmentVariable("SARAICMS_SHARED_DIR") is { Length: > 0 } configured)
            {
                candidates.Add(configured);
            }

            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SaRaiCms.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                candidates.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared")));
            }

            candidates.Add("/work/shared");
            return candidates.FirstOrDefault(c => Directory.Exists(System.IO.Path.Combine(c, "interop")))
                   ?? throw new DirectoryNotFoundException($"The shared folder was not found (tried {string.Join(", ", candidates)}); set SARAICMS_SHARED_DIR.");
        }
    }
}
