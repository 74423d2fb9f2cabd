using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Admin.Tests;

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

    [Fact]
    public async Task The_publisher_publishes_due_items_only_and_clears_the_schedule()
    {
        await using var site = new SiteFactory(setupRecipe: "sarai").With("SaRaiCms:ScheduledPublishing:PollInterval", "01:00:00");
        var due = await CreateScheduledAsync(site, DateTime.UtcNow.AddMinutes(-1));
        var later = await CreateScheduledAsync(site, DateTime.UtcNow.AddDays(1));

        var count = await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None));

        Assert.Equal(1, count);
        Assert.True(await IsPublishedAsync(site, due));
        Assert.False(await IsPublishedAsync(site, later));
        var published = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(due, VersionOptions.Published));
        Assert.Null(published!.As<ReviewPart>()!.ScheduledPublishUtc);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_schedule_survives_a_restart_of_the_host_and_publishes_at_its_time(StoreProvider provider)
    {
        string id;
        SiteFactory second;
        // The first host's scheduler looks once, at start, before the item exists: only the restarted host can publish it.
        await using (var first = new SiteFactory(provider, setupRecipe: "sarai").With("SaRaiCms:ScheduledPublishing:PollInterval", "01:00:00"))
        {
            id = await CreateScheduledAsync(first, DateTime.UtcNow.AddSeconds(3));
            Assert.False(await IsPublishedAsync(first, id));
            second = first.Restart().With("SaRaiCms:ScheduledPublishing:PollInterval", "00:00:00.200");
        }

        await using (second)
        {
            _ = second.Services; // start the host: its scheduler runs in the background
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!await IsPublishedAsync(second, id) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            Assert.True(await IsPublishedAsync(second, id), "the scheduled item was not published after the restart");
        }
    }
}
