using SaRaiCms.Store;

namespace SaRaiCms.Sites;

/// <summary>The site's time zone, read once per request from the site settings.</summary>
public sealed class SiteTimeZone(IDocumentSession session) : ISiteTimeZone
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
