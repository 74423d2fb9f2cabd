namespace SaRaiCms.OutputCache;

/// <summary>Settings of the public pages' output cache (section SaRaiCms:OutputCache).</summary>
public sealed class PageCacheOptions
{
    public const string Section = "SaRaiCms:OutputCache";

    /// <summary>Off: every request renders (the benchmark's "uncached" runs, or to debug a page).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page stays cached without a change. Publishing evicts at once; the expiry only
    /// bounds what tags cannot see (site settings, a clock-dependent "today" on the leadership page).
    /// </summary>
    public int DurationSeconds { get; set; } = 600;

    /// <summary>Memory the cached pages may use, all sites together.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// Request cookies that do not change the page (analytics). Any other cookie (sign-in,
    /// antiforgery, a session) means the request is neither served from nor stored in the cache.
    /// Names are prefixes. Empty: <see cref="DefaultHarmlessCookies"/>.
    /// </summary>
    public string[] HarmlessCookies { get; set; } = [];

    /// <summary>Paths (and everything under them) never cached.</summary>
    public string[] ExcludedPaths { get; set; } = [];

    public static readonly IReadOnlyList<string> DefaultHarmlessCookies = ["_ga", "_gid", "_gat", "_fbp", "__zlcmid"];

    public static readonly IReadOnlyList<string> DefaultExcludedPaths = ["/admin", "/login", "/logout", "/access-denied", "/api", "/health", "/_bench"];
}
