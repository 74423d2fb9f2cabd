using SaRaiCms.Search;

namespace SaRaiCms.Committee.Documents;

/// <summary>
/// Puts a document's number and symbol into the search index, so "45-NQ" or "43/2024/QĐ-UBND"
/// typed as people quote them finds the document; its summary (trích yếu) is the lead.
/// </summary>
public sealed class DocumentSearchContributor : ISearchDocumentContributor
{
    public Task ContributeAsync(SearchDocumentContext context)
    {
        if (context.ContentItem.As<DocumentPart>() is { } part)
        {
            context.Document.AddNumber(part.Number).AddText(SearchFields.Lead, part.Summary);
        }

        return Task.CompletedTask;
    }
}
