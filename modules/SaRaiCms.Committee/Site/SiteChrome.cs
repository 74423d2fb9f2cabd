using Microsoft.AspNetCore.Http;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Site;

/// <summary>The site's contacts (<see cref="SiteContactSettings"/>), blanks as null.</summary>
public sealed record SiteContact(string? Address, string? Phone, string? Email, string? Fax = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Fax);
}

/// <summary>What every public page shows around its body: the site's name and contacts, and the menu.</summary>
public sealed class SiteChromeModel
{
    public required string SiteName { get; init; }
    public required SiteContact Contact { get; init; }

    /// <summary>The emblem the settings page chose (site-relative); null for the theme's own.</summary>
    public string? EmblemPath { get; init; }

    /// <summary>False on a site without the committee feature: the committee's menu entries are left out.</summary>
    public bool CommitteeEnabled { get; init; }

    public required IReadOnlyList<MenuEntry> Menu { get; init; }
}

/// <summary>A main menu entry; <see cref="Matches"/> says whether it is the current section.</summary>
public sealed record MenuEntry(string Text, string Url)
{
    public bool Matches(string requestPath)
        => Url == "/" ? requestPath is "" or "/" : requestPath.Equals(Url, StringComparison.OrdinalIgnoreCase) || requestPath.StartsWith(Url + "/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the site chrome once per request for the theme layout.</summary>
public sealed class SiteChrome(IDocumentSession session, IFeatureManager features)
{
    private SiteChromeModel? _model;

    public static readonly IReadOnlyList<MenuEntry> CommitteeMenu =
    [
        new("Trang chủ", "/"),
        new("Giới thiệu", "/gioi-thieu"),
        new("Tin tức", "/tin-tuc"),
        new("Hội nghị", "/hoi-nghi"),
        new("Lãnh đạo", "/lanh-dao"),
        new("Tổ chức", "/to-chuc"),
        new("Văn bản", "/van-ban"),
        new("Nhiệm vụ", "/nhiem-vu"),
        new("Tìm kiếm", "/search"),
    ];

    public async Task<SiteChromeModel> GetAsync(CancellationToken cancellationToken)
    {
        if (_model is not null)
        {
            return _model;
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var committee = await features.IsEnabledAsync("SaRaiCms.Committee", cancellationToken);
        var contact = settings.GetProperty<SiteContactSettings>(SiteContactSettings.Key);
        _model = new SiteChromeModel
        {
            SiteName = settings.SiteName,
            Contact = new SiteContact(Text(contact.Address), Text(contact.Phone), Text(contact.Email), Text(contact.Fax)),
            EmblemPath = Text(settings.GetProperty<SiteBrandingSettings>(SiteBrandingSettings.Key).EmblemPath),
            CommitteeEnabled = committee,
            Menu = committee ? CommitteeMenu : [new MenuEntry("Trang chủ", "/")],
        };
        return _model;
    }

    /// <summary>The print view of a page: <c>?print=1</c>.</summary>
    public static bool IsPrintView(HttpRequest request) => request.Query["print"] == "1";

    /// <summary>The absolute URL of a site-relative path on the host the request came to.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery)
        => pathAndQuery.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathAndQuery.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathAndQuery
            : $"{request.Scheme}://{request.Host}{request.PathBase}{(pathAndQuery.StartsWith('/') ? "" : "/")}{pathAndQuery}";

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
