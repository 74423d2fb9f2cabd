using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// When the web host starts (not for command-line verbs), opens the site's index and, when it is
/// new or was written by an older analysis (<see cref="SiteSearchIndex.SchemaVersion"/>) while
/// the site has published content, rebuilds it in the background (an empty site's new index is
/// simply marked current): a site upgraded to this
/// module, or whose index folder was lost, becomes searchable without an operator.
/// </summary>
public sealed class SearchIndexStartup(
    IServiceScopeFactory scopes,
    SearchIndexManager indexes,
    ISiteAccessor sites,
    IHostApplicationLifetime lifetime,
    ILogger<SearchIndexStartup> logger) : IHostedService
{
    private Task? _running;

    /// <summary>Decides during start (before requests are served); only the rebuild itself runs in the background.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var index = indexes.For(sites.Current);
            if (index.IsCurrentSchema)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            if (!await session.Query<ContentItemIndex>().AnyAsync(i => i.Published, cancellationToken))
            {
                index.MarkCurrent();
                return;
            }

            logger.LogWarning("The search index of site {Site} is missing or out of date; rebuilding it in the background.", sites.Current.Name);
            _running = Task.Run(() => RebuildAsync(lifetime.ApplicationStopping), CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "Checking the search index of site {Site} failed; run `search reindex`.", sites.Current.Name);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_running is not null)
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RebuildAsync(CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync(cancellationToken: stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or DbUpdateException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "Rebuilding the search index of site {Site} failed; run `search reindex`.", sites.Current.Name);
        }
    }
}
