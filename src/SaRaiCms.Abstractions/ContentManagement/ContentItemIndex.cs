using SaRaiCms.Store;

namespace SaRaiCms.ContentManagement;

/// <summary>One row per content item version: what every content list queries.</summary>
public sealed class ContentItemIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string Owner { get; set; } = "";
    public string Author { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>Makes identifiers in Orchard Core's style: 26 lower-case base-32 characters.</summary>
public interface IIdGenerator
{
    string GenerateUniqueId();
}
