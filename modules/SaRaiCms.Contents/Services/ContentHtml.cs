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
    private readonly HtmlSanitizer _sanitizer;
    private readonly MarkdownPipeline _markdown;

    public ContentHtml()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name == "style" && TextAlign().Match(e.Attribute.Value) is { Success: true } align)
            {
                e.Tag.ClassList.Add("ql-align-" + align.Groups[1].Value.ToLowerInvariant());
            }
        };
        _sanitizer.AllowedAttributes.Add("loading");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
        // Inline HTML in Markdown is allowed, as in Orchard Core, and goes through the same
        // sanitiser as the rest: a <script> is removed rather than shown to readers as text.
        _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    }

    public string Sanitize(string? html) => string.IsNullOrEmpty(html) ? "" : _sanitizer.Sanitize(html);

    public string RenderMarkdown(string? markdown) => string.IsNullOrEmpty(markdown) ? "" : Sanitize(Markdown.ToHtml(markdown, _markdown));

    [GeneratedRegex(@"(?:^|;)\s*text-align\s*:\s*(center|right|justify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextAlign();
}
