namespace SaRaiCms.ContentManagement;

/// <summary>The URLs content may point to. Checked when saving and again when rendering (imports skip the editor).</summary>
public static class SafeUrl
{
    /// <summary>Links: http(s) with a host, mailto, tel, or a site-relative "/..." path (not "//host").</summary>
    public static bool IsAllowedLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl))
        {
            return false;
        }

        url = url.Trim();
        if (url.StartsWith('/'))
        {
            return IsSiteRelative(url);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0,
            "mailto" or "tel" => true,
            _ => false,
        };
    }

    /// <summary>
    /// Media paths: relative to the site's media folder ("images/a.jpg"), site-relative ("/media/a.jpg")
    /// or https URLs; never "..", backslashes, protocol-relative "//host" or any other scheme.
    /// </summary>
    public static bool IsAllowedMediaPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl) || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\'))
        {
            return false;
        }

        path = path.Trim();
        if (path.StartsWith('/'))
        {
            return IsSiteRelative(path);
        }

        var colon = path.IndexOf(':');
        var slash = path.IndexOf('/');
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            return true;
        }

        return Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;
    }

    /// <summary>The URL a media path is served at: https and "/..." as given, library paths under /media/.</summary>
    public static string MediaUrl(string path)
    {
        path = path.Trim();
        if (path.StartsWith('/') || path.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        // The media module will serve each site's folder here; segments are escaped (spaces, Vietnamese names).
        return "/media/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
    }

    private static bool IsSiteRelative(string path) => !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal);
}
