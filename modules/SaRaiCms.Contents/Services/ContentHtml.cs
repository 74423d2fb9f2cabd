using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace SaRaiCms.Contents.Services;

/// <summary>
/// Cleans HTML that editors and imports send (HtmlSanitizer's allow-list: no scripts, no event
/// handlers, no javascript: URLs) and renders Markdown with Markdig, sanitising its output too.
/// No style attributes: the Content-Security-Policy has no 'unsafe-inline' for styles, so a browser
/// would ignore them anyway. Their text alignment (pasted pages, Markdown table columns) becomes
/// Quill's own ql-align-* class, which both themes style and the editor reads back.
/// </summary>
public sealed partial class ContentHtml
{
    // Built on first use: the sanitiser's first construction (AngleSharp's CSS set-up) takes a
    // noticeable part of start-up, and reading most pages needs neither of them.
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(CreateSanitizer);
    // Inline HTML in Markdown is allowed, as in Orchard Core, and goes through the same
    // sanitiser as the rest: a <script> is removed rather than shown to readers as text.
    private readonly Lazy<MarkdownPipeline> _markdown = new(() => new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name == "style" && TextAlign().Match(e.Attribute.Value) is { Success: true } align)
            {
                e.Tag.ClassList.Add("ql-align-" + align.Groups[1].Value.ToLowerInvariant());
            }
        };
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        return sanitizer;
    }

    public string Sanitize(string? html) => string.IsNullOrEmpty(html) ? "" : _sanitizer.Value.Sanitize(html);

    public string RenderMarkdown(string? markdown) => string.IsNullOrEmpty(markdown) ? "" : Sanitize(Markdown.ToHtml(markdown, _markdown.Value));

    [GeneratedRegex(@"(?:^|;)\s*text-align\s*:\s*(center|right|justify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextAlign();
}
