using SaRaiCms.Sites;

namespace SaRaiCms.Committee.Common;

/// <summary>Today's date in the site's time zone: what "current title" and "overdue" are measured against.</summary>
public sealed class SiteToday(ISiteTimeZone zone, TimeProvider clock)
{
    public async Task<DateTime> GetAsync(CancellationToken cancellationToken)
        => TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, await zone.GetAsync(cancellationToken)).Date;
}
