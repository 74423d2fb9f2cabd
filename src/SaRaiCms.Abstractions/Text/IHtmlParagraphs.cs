namespace SaRaiCms.Text;

/// <summary>The readable text of stored HTML as paragraphs (markup dropped; nothing from script or style).</summary>
public interface IHtmlParagraphs
{
    IReadOnlyList<string> FromHtml(string? html);
}
