using SaRaiCms.ContentManagement;

namespace SaRaiCms.Search.Tests.Infrastructure;

/// <summary>A typed part as a module would have one (the committee's DocumentPart will).</summary>
public sealed class TestDocumentPart : ContentPart
{
    public string Number { get; set; } = "";

    public string? Summary { get; set; }
}

/// <summary>What the committee module's contributor will do: index the number and symbol, and the summary as the lead.</summary>
public sealed class TestDocumentNumberContributor : ISearchDocumentContributor
{
    public Task ContributeAsync(SearchDocumentContext context)
    {
        if (context.ContentItem.As<TestDocumentPart>() is { } part)
        {
            context.Document.AddNumber(part.Number).AddText(SearchFields.Lead, part.Summary);
        }

        return Task.CompletedTask;
    }
}
