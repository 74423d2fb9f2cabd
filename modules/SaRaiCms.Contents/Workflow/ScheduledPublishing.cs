using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Workflow;

public sealed class ScheduledPublishingOptions
{
    public const string Section = "SaRaiCms:ScheduledPublishing";

    /// <summary>How often the scheduler looks for due items; a scheduled item goes public at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Publishes the latest versions whose scheduled time has come, each in its own unit of work.</summary>
public sealed class ScheduledPublisher(IDocumentSession session, IContentManager content, TimeProvider clock, ILogger<ScheduledPublisher> logger)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await session.Query<ContentReviewIndex>()
            .Where(r => r.ScheduledPublishUtc != null && r.ScheduledPublishUtc <= now)
            .OrderBy(r => r.ScheduledPublishUtc)
            .Select(r => r.ContentItemId)
            .Take(100)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var id in due)
        {
            var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (latest is null || latest.Published || latest.As<ReviewPart>()?.ScheduledPublishUtc is not { } when || when > now)
            {
                continue;
            }

            await content.PublishAsync(latest, cancellationToken);
            published++;
            logger.LogInformation("Published {ContentType} {ContentItemId} ({DisplayText}) as scheduled for {When:u}.", latest.ContentType, id, latest.DisplayText, when);
        }

        if (published > 0)
        {
            await content.SaveChangesAsync(cancellationToken);
        }

        return published;
    }
}

/// <summary>
/// Runs <see cref="ScheduledPublisher"/> every poll interval. The schedule lives in the store,
/// so items scheduled before a restart are published after it (late ones at the first poll).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, IOptions<ScheduledPublishingOptions> options, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A site that is not set up yet, or a database hiccup: try again at the next tick.
                logger.LogWarning(e, "Scheduled publishing failed; retrying in {Interval}.", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
