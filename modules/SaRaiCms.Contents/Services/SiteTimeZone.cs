using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Services;

/// <summary>The site's time zone (SiteSettings.TimeZoneId): date-times are stored in UTC and edited and shown in it.</summary>
public sealed class SiteTimeZone(IDocumentSession session)
{
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken)
    {
        if (_zone is null)
        {
            var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
            _zone = TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
        }

        return _zone;
    }
}
