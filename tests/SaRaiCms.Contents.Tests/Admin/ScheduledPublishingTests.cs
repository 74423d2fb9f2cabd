using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

public sealed class ScheduledPublishingTests
{
    private static async Task<string> CreateScheduledAsync(SiteFactory site, DateTime publishUtc)
        => await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Page");
            item.Alter<TitlePart>(t => t.Title = "Thông báo lên lịch " + Guid.NewGuid().ToString("N")[..6]);
            sp.GetRequiredService<ContentWorkflow>().MarkScheduled(item, publishUtc);
            await content.CreateAsync(item, VersionOptions.Draft);
            await content.SaveChangesAsync();
            return item.ContentItemId;
        });

    private static Task<bool> IsPublishedAsync(SiteFactory site, string id)
        => site.InScopeAsync(async sp => await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published) is not null);

    /// <summary>A fixed instant, so nothing depends on the hour the tests run.</summary>
    private static readonly DateTimeOffset Start = new(2024, 6, 28, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_publisher_publishes_due_items_only_and_clears_the_schedule()
    {
        var clock = new FakeTimeProvider(Start);
        // The publisher alone, called by the test: the background service is not there to race it.
        await using var site = new SiteFactory(setupRecipe: "sarai").WithClock(clock)
            .WithServices(services => services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ScheduledPublishingService))));
        var due = await CreateScheduledAsync(site, Start.UtcDateTime.AddMinutes(-1));
        var later = await CreateScheduledAsync(site, Start.UtcDateTime.AddDays(1));

        var count = await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None));

        Assert.Equal(1, count);
        Assert.True(await IsPublishedAsync(site, due));
        Assert.False(await IsPublishedAsync(site, later));
        var published = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(due, VersionOptions.Published));
        Assert.Null(published!.As<ReviewPart>()!.ScheduledPublishUtc);
        Assert.Equal(Start.UtcDateTime, published.PublishedUtc);

        // A day later the other one is due too.
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None)));
        Assert.True(await IsPublishedAsync(site, later));
    }

    [Fact]
    public async Task A_schedule_survives_a_restart_of_the_host_and_the_service_publishes_it_at_its_time()
    {
        var clock = new FakeTimeProvider(Start);
        string id;
        SiteFactory second;
        // The clock never reaches the scheduled time while the first host runs.
        await using (var first = new SiteFactory(setupRecipe: "sarai").With("SaRaiCms:ScheduledPublishing:PollInterval", "00:01:00").WithClock(clock))
        {
            id = await CreateScheduledAsync(first, Start.UtcDateTime.AddMinutes(10));
            Assert.False(await IsPublishedAsync(first, id));
            second = first.Restart();
        }

        await using (second)
        {
            _ = second.Services; // start the host: its scheduler looks once at start, then every minute of the fake clock
            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.False(await IsPublishedAsync(second, id));

            // The minute tick after the scheduled time: the service publishes it (on its own thread, so wait for it).
            clock.Advance(TimeSpan.FromMinutes(6));
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!await IsPublishedAsync(second, id) && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            Assert.True(await IsPublishedAsync(second, id), "the scheduled item was not published after the restart");
        }
    }
}
