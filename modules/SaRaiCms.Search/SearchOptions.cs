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
    /// <see cref="Indexing.SearchDocument.AddNumber"/>.
    /// </summary>
    public const string Number = "number";
}

/// <summary>Settings of the search module (configuration section "SaRaiCms:Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "SaRaiCms:Search";

    /// <summary>The index folder inside the site's data folder: <c>{DataPath}/Search</c>.</summary>
    public string FolderName { get; set; } = "Search";

    /// <summary>Results per page on /search.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Deepest result reachable by paging (Lucene collects page × size hits).</summary>
    public int MaxResults { get; set; } = 1000;

    /// <summary>Longer queries are cut (characters, then words); a notice says so.</summary>
    public int MaxQueryLength { get; set; } = 200;

    public int MaxQueryWords { get; set; } = 24;

    /// <summary>How much more a match on the accented (exact) form counts than a folded one.</summary>
    public float ExactBoost { get; set; } = 4f;

    /// <summary>Items read from the store per batch when the index is rebuilt.</summary>
    public int RebuildBatchSize { get; set; } = 250;

    /// <summary>Characters per highlighted snippet fragment, and fragments per result.</summary>
    public int SnippetLength { get; set; } = 180;

    public int SnippetFragments { get; set; } = 2;

    /// <summary>
    /// Content types never indexed. Besides these, types with a stereotype (widgets, menus) and
    /// items carrying a TaxonomyPart (the taxonomies themselves) are not indexed.
    /// </summary>
    public HashSet<string> ExcludedContentTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The searchable fields: the module declares title, lead, body, category and number;
    /// modules declare the fields their contributors add with <c>services.AddSearchField(...)</c>.
    /// </summary>
    public Dictionary<string, SearchFieldOptions> Fields { get; } = new(StringComparer.Ordinal);
}
