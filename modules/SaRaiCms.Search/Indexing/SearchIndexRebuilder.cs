using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Indexing;

/// <summary>What a rebuild did.</summary>
public sealed record SearchRebuildResult(int Indexed, int Skipped, TimeSpan Elapsed, string IndexPath);

/// <summary>Rebuilds a site's index from the store (CLI `search reindex`; the admin's button later).</summary>
public interface ISearchIndexRebuilder
{
    Task<SearchRebuildResult> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// Reads every published item in pages of <see cref="SearchOptions.RebuildBatchSize"/> through
/// ContentItemIndex (keyset paging on the document id, each page in its own DI scope so the
/// session's identity map never holds more than one page), builds its document and writes it.
/// Searches keep seeing the previous index until the rebuild commits; items no longer published
/// are dropped at the end; changes published meanwhile are applied after it.
/// </summary>
public sealed class SearchIndexRebuilder(
    IServiceScopeFactory scopes,
    SearchIndexManager indexes,
    ISiteAccessor sites,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchIndexRebuilder> logger) : ISearchIndexRebuilder
{
    public async Task<SearchRebuildResult> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var site = sites.Current;
        var index = indexes.For(site);
        var batchSize = Math.Max(1, options.Value.RebuildBatchSize);
        var indexed = 0;
        var skipped = 0;
        using (var rebuild = index.BeginRebuild())
        {
            // Reading and building documents (store, JSON, HTML) overlaps with Lucene's analysis
            // and writing on a second thread; the bounded channel keeps memory to a few pages.
            var channel = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(2 * batchSize) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var consumer = Task.Run(async () =>
            {
                try
                {
                    await foreach (var document in channel.Reader.ReadAllAsync(CancellationToken.None))
                    {
                        rebuild.Add(document);
                    }
                }
                catch
                {
                    await stop.CancelAsync();
                    throw;
                }
            }, CancellationToken.None);

            try
            {
                long lastDocumentId = 0;
                while (true)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    await using var scope = scopes.CreateAsyncScope();
                    var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                    var builder = scope.ServiceProvider.GetRequiredService<SearchDocumentBuilder>();
                    var ids = await session.Query<ContentItemIndex>()
                        .Where(i => i.Published && i.DocumentId > lastDocumentId)
                        .OrderBy(i => i.DocumentId)
                        .Select(i => i.DocumentId)
                        .Take(batchSize)
                        .ToListAsync(stop.Token);
                    if (ids.Count == 0)
                    {
                        break;
                    }

                    lastDocumentId = ids[^1];
                    var items = await session.ListAsync<ContentItem, ContentItemIndex>(
                        session.Query<ContentItemIndex>().Where(i => ids.Contains(i.DocumentId)).OrderBy(i => i.DocumentId), stop.Token);
                    foreach (var item in items)
                    {
                        var document = await builder.BuildAsync(item, stop.Token);
                        if (document is null)
                        {
                            skipped++;
                            continue;
                        }

                        await channel.Writer.WriteAsync(document, stop.Token);
                        indexed++;
                    }

                    progress?.Report(indexed);
                }

                channel.Writer.Complete();
            }
            catch
            {
                // Stop the writer thread; when it failed first, its error is the one to report.
                channel.Writer.TryComplete();
                await consumer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                if (consumer.Exception?.InnerException is { } writerError)
                {
                    ExceptionDispatchInfo.Throw(writerError);
                }

                throw;
            }

            await consumer;
            rebuild.Complete();
        }

        var elapsed = clock.GetElapsedTime(started);
        logger.LogInformation("Search index of site {Site} rebuilt: {Count} items in {Elapsed}.", site.Name, indexed, elapsed);
        return new SearchRebuildResult(indexed, skipped, elapsed, index.Path);
    }
}
