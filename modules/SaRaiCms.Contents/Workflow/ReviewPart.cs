using System.Text.Json.Serialization;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Workflow;

/// <summary>Where a version stands on its way to the public, besides "published".</summary>
public enum ReviewState
{
    /// <summary>A draft nobody was asked to look at.</summary>
    None,

    /// <summary>The author submitted it; a reviewer decides.</summary>
    WaitingForReview,

    /// <summary>A reviewer sent it back with a comment.</summary>
    Returned,
}

/// <summary>
/// The review and schedule state of one version, welded onto the item (like Orchard Core's
/// PublishLaterPart), so a new draft starts clean and the history shows who asked and who decided.
/// </summary>
public sealed class ReviewPart : ContentPart
{
    [JsonConverter(typeof(JsonStringEnumConverter<ReviewState>))]
    public ReviewState State { get; set; }
    public string? Comment { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }

    /// <summary>When set on an unpublished latest version, the scheduler publishes it then.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    [JsonIgnore]
    public bool IsEmpty => State == ReviewState.None && ScheduledPublishUtc is null && Comment is null;
}
