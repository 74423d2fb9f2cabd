namespace SaRaiCms.Search.Querying;

public enum SearchStatus
{
    /// <summary>Nothing was typed: show the form.</summary>
    Empty,

    /// <summary>The query ran (it may have found nothing).</summary>
    Ok,

    /// <summary>What was typed has no letters or digits to look for ("***", ";--").</summary>
    NoTerms,

    /// <summary>The query could not run (too complex, or the index is unavailable); see the message.</summary>
    Failed,
}

public enum SearchSort
{
    Relevance,
    Newest,
}

public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>Only items of this content type (technical name), or all.</summary>
    public string? ContentType { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Defaults to <see cref="SearchOptions.PageSize"/>.</summary>
    public int? PageSize { get; init; }

    public SearchSort Sort { get; init; }
}

/// <summary>One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with only &lt;mark&gt; tags added.</summary>
public sealed record SearchHit(
    string ContentItemId,
    string ContentType,
    string ContentTypeDisplayName,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string? Url,
    DateTime? PublishedUtc);

/// <summary>A content type present in the index, with how many results of it the query has.</summary>
public sealed record SearchTypeCount(string ContentType, string DisplayName, int Count);

public sealed record SearchResults
{
    public required SearchStatus Status { get; init; }

    /// <summary>The query as typed (trimmed).</summary>
    public string Query { get; init; } = "";

    public string? ContentType { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; }

    public int Total { get; init; }

    /// <summary>Pages that can be reached (paging stops at <see cref="SearchOptions.MaxResults"/>).</summary>
    public int PageCount { get; init; }

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Every content type in the index, with its count for this query (0 when none).</summary>
    public IReadOnlyList<SearchTypeCount> Types { get; init; } = [];

    /// <summary>For <see cref="SearchStatus.NoTerms"/>, <see cref="SearchStatus.Failed"/> and empty results: what to tell the reader, in Vietnamese.</summary>
    public string? Message { get; init; }

    /// <summary>What was tidied in the query (an unclosed quote, a query cut short).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}

/// <summary>Matching content item ids, for lists that load the items themselves (the admin's content list).</summary>
public sealed record SearchIdResults(SearchStatus Status, int Total, IReadOnlyList<string> ContentItemIds, string? Message);
