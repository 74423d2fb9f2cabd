namespace SaRaiCms.Security;

/// <summary>
/// The response headers every page and file gets (section SaRaiCms:SecurityHeaders). The
/// defaults suit both themes: scripts and styles only from the site's own files. No inline
/// &lt;style&gt; or style="…": views link their module's or theme's stylesheet, saved rich text
/// keeps alignment as Quill's classes (the sanitiser drops style attributes), and scripts set
/// styles only through the CSSOM (element.style), which the policy allows.
/// </summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SaRaiCms:SecurityHeaders";

    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    public string ContentTypeOptions { get; set; } = "nosniff";
}
