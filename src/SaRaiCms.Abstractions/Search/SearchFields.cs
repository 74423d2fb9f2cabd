namespace SaRaiCms.Search;

/// <summary>How a searchable field is split into terms.</summary>
public enum SearchFieldKind
{
    /// <summary>Running text: split on word breaks.</summary>
    Text,

    /// <summary>Codes such as document numbers ("45-NQ/ĐU"): split on every non-alphanumeric character.</summary>
    Identifier,
}

/// <summary>A field the public search looks in, and how much a match there counts.</summary>
public sealed record SearchFieldOptions(SearchFieldKind Kind, float Boost);

/// <summary>The names of the fields the search module fills itself.</summary>
public static class SearchFields
{
    /// <summary>TitlePart.Title, or the display text.</summary>
    public const string Title = "title";

    /// <summary>A TextField named "Lead" in any part (the sapo of an article).</summary>
    public const string Lead = "lead";

    /// <summary>HtmlBodyPart, MarkdownBodyPart, HtmlField, MarkdownField and other TextFields, as plain text.</summary>
    public const string Body = "body";

    /// <summary>Names of the terms chosen in TaxonomyFields.</summary>
    public const string Category = "category";

    /// <summary>
    /// Number and symbol of a document ("45-NQ/ĐU", "43/2024/QĐ-UBND"), an <see cref="SearchFieldKind.Identifier"/>:
    /// filled from a TextField named "Number" in any part, and by modules through
    /// <see cref="SearchDocument.AddNumber"/>.
    /// </summary>
    public const string Number = "number";
}
