using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.AuditTrail.Indexes;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Services;

public sealed class AuditTrailOptions
{
    /// <summary>How long events are kept (configuration: SaRaiCms:AuditTrail:Retention, "365.00:00:00").</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often expired events are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first clean-up waits this long after start, so starting the site stays quick.</summary>
    public TimeSpan FirstCleanupDelay { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Deletes events older than the retention period, a batch per transaction.</summary>
public sealed class AuditRetention(IDocumentSession session, IOptions<AuditTrailOptions> options, TimeProvider clock)
{
    private const int BatchSize = 500;

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
        => DeleteOlderThanAsync(clock.GetUtcNow().UtcDateTime - options.Value.Retention, cancellationToken);

    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            var batch = await session.ListAsync<AuditEvent, AuditEventIndex>(
                session.Query<AuditEventIndex>().Where(i => i.CreatedUtc < cutoffUtc).OrderBy(i => i.Id).Take(BatchSize), cancellationToken);
            if (batch.Count == 0)
            {
                return deleted;
            }

            foreach (var e in batch)
            {
                session.Delete(e);
            }

            await session.SaveChangesAsync(cancellationToken);
            deleted += batch.Count;
        }
    }
}

/// <summary>Runs <see cref="AuditRetention"/> once a day while the site runs.</summary>
public sealed class AuditRetentionService(IServiceScopeFactory scopes, IOptions<AuditTrailOptions> options, TimeProvider clock, ILogger<AuditRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.FirstCleanupDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
            do
            {
                await CleanUpAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CleanUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var deleted = await scope.ServiceProvider.GetRequiredService<AuditRetention>().DeleteExpiredAsync(stoppingToken);
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} audit events older than {Retention}.", deleted, options.Value.Retention);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or DocumentConcurrencyException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Tomorrow's run tries again; the site keeps working.
            logger.LogError(ex, "Deleting expired audit events failed.");
        }
    }
}
