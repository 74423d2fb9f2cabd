using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Indexes;

/// <summary>What the audit page filters and sorts on, and what retention deletes by.</summary>
public sealed class AuditEventIndex : MapIndex
{
    public string Category { get; set; } = "";
    public string EventName { get; set; } = "";
    public string UserName { get; set; } = "";

    /// <summary>The user name in lower case, so a filter finds "Admin" and "admin" alike with an index.</summary>
    public string UserNameKey { get; set; } = "";
    public string? ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

public sealed class AuditEventIndexProvider : IndexProvider<AuditEvent, AuditEventIndex>
{
    public override IEnumerable<AuditEventIndex> Map(AuditEvent e)
    {
        yield return new AuditEventIndex
        {
            Category = e.Category,
            EventName = e.Name,
            UserName = Truncate(e.UserName),
            UserNameKey = Key(e.UserName),
            ContentItemId = e.ContentItemId,
            CreatedUtc = e.CreatedUtc,
        };
    }

    /// <summary>The filter key of a user name.</summary>
    public static string Key(string? userName) => Truncate(userName?.Trim().ToLowerInvariant() ?? "");

    // A failed sign-in records the name as typed, which may be anything.
    private static string Truncate(string value) => value.Length <= 255 ? value : value[..255];

    protected override void Configure(EntityTypeBuilder<AuditEventIndex> table)
    {
        table.Property(x => x.Category).HasMaxLength(32).IsRequired();
        table.Property(x => x.EventName).HasMaxLength(64).IsRequired();
        table.Property(x => x.UserName).HasMaxLength(255).IsRequired();
        table.Property(x => x.UserNameKey).HasMaxLength(255).IsRequired();
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        // Newest first, alone or within a category or a user; retention deletes by date.
        table.HasIndex(x => x.CreatedUtc).HasDatabaseName("IX_AuditEventIndex_Created");
        table.HasIndex(x => new { x.Category, x.CreatedUtc }).HasDatabaseName("IX_AuditEventIndex_Category");
        table.HasIndex(x => new { x.UserNameKey, x.CreatedUtc }).HasDatabaseName("IX_AuditEventIndex_User");
        table.HasIndex(x => x.ContentItemId).HasDatabaseName("IX_AuditEventIndex_Content");
    }
}
