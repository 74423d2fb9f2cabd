using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Documents;

/// <summary>A document in a list: "45-NQ/ĐU", "30/06/2023", its summary (trích yếu).</summary>
public sealed record DocumentRow(string Number, string Title, string Url, string DocumentType, string? Date, string? DateIso, string? Summary);

public sealed record FilterOption(string Value, string Label, bool Selected);

public sealed class DocumentListPageViewModel : PageViewModel
{
    public string? Type { get; init; }
    public int? Year { get; init; }

    /// <summary>The number searched for, as typed.</summary>
    public string? Number { get; init; }
    public IReadOnlyList<FilterOption> Types { get; init; } = [];
    public IReadOnlyList<FilterOption> Years { get; init; } = [];
    public IReadOnlyList<DocumentRow> Items { get; init; } = [];
    public required Pager Pager { get; init; }
    public bool IsFiltered => Type is not null || Year is not null || Number is not null;
}
