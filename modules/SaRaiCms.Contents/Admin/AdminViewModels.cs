using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Admin;

public sealed record ContentTypeOption(string Name, string DisplayName);

public sealed record FilterOption(string Value, string Text);

public sealed class ContentListViewModel
{
    public required ContentListPage Page { get; init; }
    public required IReadOnlyList<ContentTypeOption> Types { get; init; }
    public required IReadOnlyList<ContentTypeOption> CreatableTypes { get; init; }
    public required IReadOnlyList<FilterOption> Owners { get; init; }
    public required IReadOnlyList<FilterOption> Categories { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Rows the user may publish, unpublish or delete (bulk actions offer only these).</summary>
    public required IReadOnlySet<string> Actionable { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public string? Owner { get; init; }
    public string? Category { get; init; }
    public string? Q { get; init; }
    public string Sort { get; init; } = nameof(ContentListSort.ModifiedDesc);

    public string TypeName(string type) => Types.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    /// <summary>The list's own address with one value changed (for the pager).</summary>
    public string Url(int page)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("type", Type);
        Add("status", Status);
        Add("owner", Owner);
        Add("category", Category);
        Add("q", Q);
        Add("sort", Sort == nameof(ContentListSort.ModifiedDesc) ? null : Sort);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/admin/contents" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}

/// <summary>The create and edit page: the editor shapes plus the workflow box.</summary>
public sealed class ContentEditViewModel
{
    public required ContentShape Editor { get; init; }
    public required ContentItem Item { get; init; }
    public required string TypeDisplayName { get; init; }
    public required bool IsNew { get; init; }

    /// <summary>"{versionId}:{documentVersion}" of the latest version the editor was opened on.</summary>
    public required string BasedOn { get; init; }
    public required ContentStatus Status { get; init; }
    public required bool HasPublished { get; init; }
    public required bool CanPublish { get; init; }
    public required bool CanDelete { get; init; }
    public required bool CanReview { get; init; }
    public required bool Draftable { get; init; }
    public string? ReviewComment { get; init; }
    public string? ReviewedBy { get; init; }
    public string? ScheduledLocal { get; init; }
    public string? Conflict { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public string? PublicUrl { get; init; }
}

/// <summary>A reviewer's page: the version as the public would see it, and the decision.</summary>
public sealed class ContentReviewViewModel
{
    public required ContentShape Display { get; init; }
    public required ContentItem Item { get; init; }
    public required ContentStatus Status { get; init; }
    public string? SubmittedBy { get; init; }
    public string? Comment { get; set; }
    public string? Error { get; init; }
}
