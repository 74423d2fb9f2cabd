using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Models;

/// <summary>
/// One thing that happened: who did what, when and from where, and to which content item.
/// One document per event, listed through <see cref="Indexes.AuditEventIndex"/>.
/// </summary>
public sealed class AuditEvent : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    public string EventId { get; set; } = "";

    /// <summary>One of <see cref="AuditCategories"/>.</summary>
    public string Category { get; set; } = "";

    /// <summary>One of <see cref="AuditEventNames"/>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Who did it: the signed-in user, the account signing in, or <see cref="AuditTrailService.SystemUserName"/>.</summary>
    public string UserName { get; set; } = "";
    public string? UserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? ClientIpAddress { get; set; }

    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public string? DisplayText { get; set; }

    /// <summary>A few facts of the event (a role's permissions before and after, why a sign-in failed); never a secret.</summary>
    public JsonObject Details { get; set; } = new();
}
