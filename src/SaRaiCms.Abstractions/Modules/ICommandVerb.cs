namespace SaRaiCms.Modules;

/// <summary>
/// An operator command on the host executable (<c>SaRaiCms.Web search reindex</c>). Modules
/// register theirs with <c>services.AddScoped&lt;ICommandVerb, MyVerb&gt;()</c>; the site is
/// initialised before a verb runs.
/// </summary>
public interface ICommandVerb
{
    /// <summary>The words that select the verb, e.g. "search reindex".</summary>
    string Name { get; }

    string Usage { get; }

    /// <returns>The process exit code: 0 on success.</returns>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
