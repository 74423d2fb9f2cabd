using SaRaiCms.Modules;
using SaRaiCms.Search.Indexing;
using SaRaiCms.Search.Lucene;

namespace SaRaiCms.Search.Commands;

/// <summary>
/// <c>SaRaiCms.Web search reindex</c>: rebuilds the configured site's index from the store.
/// The running site holds the index's write lock, so run it while the site is stopped (an
/// admin button will rebuild from the running site).
/// </summary>
public sealed class SearchReindexVerb(ISearchIndexRebuilder rebuilder) : ICommandVerb
{
    public string Name => "search reindex";

    public string Usage => "search reindex                 rebuild the site's search index from the published content";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            await stderr.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        try
        {
            var result = await rebuilder.RebuildAsync(cancellationToken: cancellationToken);
            await stdout.WriteLineAsync($"Search index rebuilt: {result.Indexed} items in {result.Elapsed.TotalSeconds:0.0} s ({result.IndexPath}).");
            return 0;
        }
        catch (SearchIndexLockedException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
