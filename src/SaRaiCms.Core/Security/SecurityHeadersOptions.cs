namespace SaRaiCms.Security;

/// <summary>
/// The response headers every page and file gets (section SaRaiCms:SecurityHeaders). The
/// defaults suit both themes: scripts only from the site's own files; styles also inline,
/// because module views carry small &lt;style&gt; blocks and saved rich text keeps Quill's
/// alignment and indent styles.
/// </summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SaRaiCms:SecurityHeaders";

    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    public string ContentTypeOptions { get; set; } = "nosniff";
}
