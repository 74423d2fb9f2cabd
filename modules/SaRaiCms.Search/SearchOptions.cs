namespace SaRaiCms.Search;

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
