namespace SaRaiCms.AuditTrail.ViewModels;

/// <summary>The filters as typed (GET query), so the form shows them again.</summary>
public sealed class AuditFilterInput
{
    public string? Category { get; set; }
    public string? User { get; set; }

    /// <summary>A date in the site's time zone, yyyy-MM-dd (the date input) or d/M/yyyy.</summary>
    public string? From { get; set; }

    public string? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AuditRowViewModel(
    string When,
    string Category,
    string EventName,
    string EventLabel,
    string UserName,
    string? ContentItemId,
    string? Subject,
    string? Details,
    string? ClientIpAddress);

public sealed record AuditOption(string Value, string Text);

public sealed class AuditListViewModel
{
    public required AuditFilterInput Filter { get; init; }
    public required IReadOnlyList<AuditOption> Categories { get; init; }
    public required IReadOnlyList<AuditRowViewModel> Events { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }

    /// <summary>The query string of the current filters, for the pager's links.</summary>
    public required string FilterQuery { get; init; }
}
