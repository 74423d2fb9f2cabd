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
/// the site has published content, rebuilds it in the background: a site upgraded to this
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

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Task.Run(() => CheckAsync(lifetime.ApplicationStopping), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_running is not null)
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CheckAsync(CancellationToken stopping)
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
            if (!await session.Query<ContentItemIndex>().AnyAsync(i => i.Published, stopping))
            {
                index.MarkCurrent();
                return;
            }

            logger.LogWarning("The search index of site {Site} is missing or out of date; rebuilding it.", sites.Current.Name);
            await scope.ServiceProvider.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync(cancellationToken: stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or DbUpdateException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "Checking the search index of site {Site} failed; run `search reindex`.", sites.Current.Name);
        }
    }
}
