using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Tests;

public sealed class RetentionTests(AuditSite fixture) : IClassFixture<AuditSite>
{
    [Fact]
    public async Task Events_older_than_the_retention_period_are_deleted_and_newer_ones_kept()
    {
        Assert.Equal(TimeSpan.FromDays(365), new AuditTrailOptions().Retention);
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        await fixture.Site.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            foreach (var (name, age) in new[] { ("cu-1", 400), ("cu-2", 366), ("moi-1", 364), ("moi-2", 1) })
            {
                audit.Record(AuditCategories.Account, AuditEventNames.SignedIn, new AuditActor(name, null)).CreatedUtc = now.AddDays(-age);
            }

            await sp.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        });

        var deleted = await fixture.Site.InScopeAsync(sp => sp.GetRequiredService<AuditRetention>().DeleteExpiredAsync(CancellationToken.None));

        Assert.Equal(2, deleted);
        var left = (await fixture.EventsAsync()).Select(e => e.UserName).ToList();
        Assert.DoesNotContain("cu-1", left);
        Assert.DoesNotContain("cu-2", left);
        Assert.Contains("moi-1", left);
        Assert.Contains("moi-2", left);
        Assert.Equal(TimeSpan.FromDays(365), fixture.Site.Services.GetRequiredService<IOptions<AuditTrailOptions>>().Value.Retention);
    }

    [Fact]
    public async Task Deleting_in_batches_removes_every_expired_event()
    {
        var cutoff = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await fixture.Site.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 1203; i++)
            {
                audit.Record(AuditCategories.Account, AuditEventNames.SignedIn, new AuditActor("rat-cu", null)).CreatedUtc = cutoff.AddDays(-1).AddSeconds(i);
            }

            await sp.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        });

        var deleted = await fixture.Site.InScopeAsync(sp => sp.GetRequiredService<AuditRetention>().DeleteOlderThanAsync(cutoff, CancellationToken.None));

        Assert.Equal(1203, deleted);
        Assert.Empty(await fixture.EventsAsync(q => q.Where(i => i.UserName == "rat-cu")));
    }
}
