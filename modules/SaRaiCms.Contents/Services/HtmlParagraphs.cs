using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SaRaiCms.Contents.Services;

/// <summary>
/// The readable text of stored HTML as paragraphs, for comparing versions: parsed by AngleSharp,
/// one paragraph per block element (p, li, headings, table cells …) and per &lt;br&gt;, spaces
/// collapsed, nothing from script, style or other non-content elements. Markup itself is dropped,
/// so a diff never renders stored HTML.
/// </summary>
public sealed class HtmlParagraphs : SaRaiCms.Text.IHtmlParagraphs
{
    private const int MaxDepth = 256;

    private static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "template", "noscript", "iframe", "object", "svg", "head",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote",
        "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt", "dl", "caption",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly HtmlParser _parser = new();

    public IReadOnlyList<string> FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        var document = _parser.ParseDocument("<body></body>");
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var node in _parser.ParseFragment(html, document.Body!))
        {
            Append(node, current, paragraphs, 0);
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Plain or Markdown text: paragraphs are separated by blank lines; single line breaks stay inside a paragraph.</summary>
    public static IReadOnlyList<string> FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(current, paragraphs);
                continue;
            }

            current.Append(' ').Append(line);
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Append(INode node, StringBuilder current, List<string> paragraphs, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(current, paragraphs);
                }

                if (element.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    current.Append(' ').Append(alt).Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, current, paragraphs, depth + 1);
                }

                if (block)
                {
                    Flush(current, paragraphs);
                }

                break;
        }
    }

    /// <summary>Ends the paragraph being collected: runs of white space become one space; empty paragraphs are dropped.</summary>
    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var collapsed = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        current.Clear();
        if (collapsed.Length > 0)
        {
            paragraphs.Add(collapsed);
        }
    }
}
