using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// Plain text of HTML (parsed by AngleSharp, never by regular expressions) and of Markdown:
/// text nodes in document order, a line break at block elements and &lt;br&gt;, nothing from
/// script, style, template or other non-content elements.
/// </summary>
public sealed class HtmlText
{
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
    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public string FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = _parser.ParseDocument("<body></body>");
        var nodes = _parser.ParseFragment(html, document.Body!);
        var builder = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, builder, 0);
        }

        return Collapse(builder.ToString());
    }

    public string FromMarkdown(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : FromHtml(Markdown.ToHtml(markdown, _markdown));

    private static void Append(INode node, StringBuilder builder, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        switch (node)
        {
            case IText text:
                builder.Append(text.Data);
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }

                if (element.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    builder.Append(' ').Append(alt).Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, builder, depth + 1);
                }

                if (block)
                {
                    builder.Append('\n');
                }

                break;
        }
    }

    /// <summary>Runs of spaces become one space; blank lines become one line break.</summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                pendingBreak = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (builder.Length > 0 && (pendingBreak || pendingSpace))
            {
                builder.Append(pendingBreak ? '\n' : ' ');
            }

            pendingBreak = pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
