using Markdig;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// Plain text of HTML and of Markdown for the index: the Contents module's
/// <see cref="SaRaiCms.Text.IHtmlParagraphs"/> (AngleSharp, block elements as line breaks, nothing from script,
/// style or other non-content elements, image alt texts kept), one paragraph a line.
/// </summary>
public sealed class HtmlText(SaRaiCms.Text.IHtmlParagraphs paragraphs)
{
    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public string FromHtml(string? html) => string.Join('\n', paragraphs.FromHtml(html));

    public string FromMarkdown(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : FromHtml(Markdown.ToHtml(markdown, _markdown));
}
