namespace SaRaiCms.Admin.Services;

public sealed record TimeZoneChoice(string Id, string Text);

/// <summary>The IANA time zones this machine knows (with ICU on Linux), for the settings page's list.</summary>
public sealed class TimeZoneCatalog
{
    public IReadOnlyList<TimeZoneChoice> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC")
        .OrderBy(z => z.Id, StringComparer.Ordinal)
        .Select(z => new TimeZoneChoice(z.Id, $"{z.Id} (UTC{(z.BaseUtcOffset < TimeSpan.Zero ? "-" : "+")}{z.BaseUtcOffset:hh\\:mm})"))
        .ToList();

    /// <summary>True for an id the system resolves (IANA, or a Windows id it maps).</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
