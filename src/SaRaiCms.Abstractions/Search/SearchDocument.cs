using SaRaiCms.ContentManagement;

namespace SaRaiCms.Search;

/// <summary>
/// What the index keeps of one published content item, before it becomes a Lucene document:
/// identity, type, title, link and date, and the text of each searchable field. Built by
/// <see cref="SearchDocumentBuilder"/>; modules add to it through <see cref="ISearchDocumentContributor"/>.
/// </summary>
public sealed class SearchDocument
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public required string ContentItemId { get; init; }

    public required string ContentItemVersionId { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The type's display name ("Tin tức"), shown with the result and in the type filter.</summary>
    public string ContentTypeDisplayName { get; set; } = "";

    /// <summary>The result's title as shown (also indexed as <see cref="SearchFields.Title"/>).</summary>
    public string Title { get; set; } = "";

    /// <summary>The public URL path ("/tin-tuc/hoi-nghi"), from AutoroutePart; a contributor may set another.</summary>
    public string? Url { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>Ids of the taxonomy terms the item is filed under.</summary>
    public List<string> CategoryIds { get; } = [];

    /// <summary>Text per field name; a field added several times keeps each value.</summary>
    public IReadOnlyDictionary<string, List<string>> Fields => _fields;

    /// <summary>Adds text to a searchable field (declared in <see cref="SearchOptions.Fields"/>); blank text is ignored.</summary>
    public SearchDocument AddText(string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!_fields.TryGetValue(field, out var values))
            {
                _fields[field] = values = [];
            }

            values.Add(text.Trim());
        }

        return this;
    }

    /// <summary>
    /// Adds a document number and symbol ("45-NQ/ĐU"): indexed as an identifier, split on
    /// non-alphanumerics and folded, so it is found as "45-NQ/ĐU", "45-nq/du" or "45 NQ".
    /// </summary>
    public SearchDocument AddNumber(string? number) => AddText(SearchFields.Number, number);

    /// <summary>All text of one field, values separated by blank lines.</summary>
    public string TextOf(string field) => _fields.TryGetValue(field, out var values) ? string.Join("\n\n", values) : "";
}

/// <summary>What a contributor gets: the item being indexed and the document to add to.</summary>
public sealed class SearchDocumentContext(ContentItem item, SearchDocument document, IServiceProvider services, CancellationToken cancellationToken)
{
    public ContentItem ContentItem { get; } = item;

    public SearchDocument Document { get; } = document;

    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}

/// <summary>
/// Lets a module add fields to the search document of an item, for instance the committee
/// module the number of a document:
/// <code>
/// public sealed class DocumentSearchContributor : ISearchDocumentContributor
/// {
///     public Task ContributeAsync(SearchDocumentContext context)
///     {
///         if (context.ContentItem.As&lt;DocumentPart&gt;() is { } part)
///         {
///             context.Document.AddNumber(part.Number).AddText(SearchFields.Lead, part.Summary);
///         }
///         return Task.CompletedTask;
///     }
/// }
/// // Startup: services.AddSearchDocumentContributor&lt;DocumentSearchContributor&gt;();
/// </code>
/// Fields other than the built-in ones must be declared with <c>services.AddSearchField(...)</c>
/// to be searched. Contributors run after the built-in fields are filled, for every published
/// item that is indexed (on publish and on rebuild).
/// </summary>
public interface ISearchDocumentContributor
{
    Task ContributeAsync(SearchDocumentContext context);
}
