namespace SaRaiCms.ContentManagement;

/// <summary>Which version of an item to read or create.</summary>
public sealed record VersionOptions
{
    public bool IsLatest { get; private init; }
    public bool IsPublished { get; private init; }
    public bool IsDraft { get; private init; }
    public bool IsDraftRequired { get; private init; }
    public string? VersionId { get; private init; }

    /// <summary>The newest version, draft or published.</summary>
    public static VersionOptions Latest { get; } = new() { IsLatest = true };

    /// <summary>The published version, if any.</summary>
    public static VersionOptions Published { get; } = new() { IsPublished = true };

    /// <summary>Create as a draft (not yet public).</summary>
    public static VersionOptions Draft { get; } = new() { IsDraft = true };

    /// <summary>The latest version, made into a new draft when the latest is published and the type is draftable.</summary>
    public static VersionOptions DraftRequired { get; } = new() { IsLatest = true, IsDraftRequired = true };

    public static VersionOptions ByVersion(string versionId) => new() { VersionId = versionId };
}

/// <summary>
/// The single entry point for content: every create, update, publish, unpublish, delete,
/// clone and import goes through it so that handlers (indexes, routes, search, caches) see it.
/// </summary>
public interface IContentManager
{
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    Task CreateAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an edited version. The item carries the version id and store row version it was
    /// read at; when someone saved meanwhile a <see cref="ContentConcurrencyException"/> is thrown
    /// and nothing is written.
    /// </summary>
    Task<ContentValidationResult> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task<ContentValidationResult> ValidateAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Removes the item: no version stays latest or published (history is kept).</summary>
    Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task<ContentItem> CloneAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Imports a version as stored JSON (recipes), following Orchard Core's import rules.</summary>
    Task ImportAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Flushes pending changes in one transaction.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

public sealed class ContentConcurrencyException(string message) : Exception(message);

public sealed class ContentValidationResult
{
    private readonly List<ContentValidationError> _errors = [];

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public bool Succeeded => _errors.Count == 0;

    /// <param name="member">"Part.Field" or "Part.Property" so editors can show the message next to the input.</param>
    public void Fail(string member, string message) => _errors.Add(new ContentValidationError(member, message));
}

public sealed record ContentValidationError(string Member, string Message);

public sealed class ContentValidationException(ContentValidationResult result)
    : Exception(string.Join(" ", result.Errors.Select(e => $"{e.Member}: {e.Message}")))
{
    public ContentValidationResult Result { get; } = result;
}
