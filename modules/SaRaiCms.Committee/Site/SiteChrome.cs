using Microsoft.AspNetCore.Http;

namespace SaRaiCms.Committee.Site;

/// <summary>The committee's menu, and URL helpers its pages and feeds share (the platform's <see cref="SiteUrls"/> and <see cref="PrintView"/>).</summary>
public static class SiteChrome
{
    /// <summary>The committee's entries of the main menu (the platform adds "Trang chủ" first).</summary>
    public static readonly IReadOnlyList<MenuEntry> CommitteeMenu =
    [
        new("Giới thiệu", "/gioi-thieu", 10),
        new("Tin tức", "/tin-tuc", 20),
        new("Hội nghị", "/hoi-nghi", 30),
        new("Lãnh đạo", "/lanh-dao", 40),
        new("Tổ chức", "/to-chuc", 50),
        new("Văn bản", "/van-ban", 60),
        new("Nhiệm vụ", "/nhiem-vu", 70),
        new("Tìm kiếm", "/search", 80),
    ];

    /// <summary>The print view of a page: <c>?print=1</c>.</summary>
    public static bool IsPrintView(HttpRequest request) => PrintView.IsRequested(request);

    /// <summary>The absolute URL of a site-relative path on the host the request came to.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) => SiteUrls.Absolute(request, pathAndQuery);
}
