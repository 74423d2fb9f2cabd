using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace SaRaiCms.Admin.Services;

/// <summary>The admin speaks Vietnamese first; an editor may switch to English (kept in a cookie).</summary>
public static class AdminCulture
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Vietnamese, English];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        options.DefaultRequestCulture = new RequestCulture(Vietnamese);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // The cookie only: Accept-Language would turn the admin English for editors whose phone is set to English.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
    }
}
