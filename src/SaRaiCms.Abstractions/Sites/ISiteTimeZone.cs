namespace SaRaiCms.Sites;

/// <summary>The site's time zone (SiteSettings.TimeZoneId): date-times are stored in UTC and edited and shown in it.</summary>
public interface ISiteTimeZone
{
    Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken);
}
