using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Tasks;

/// <summary>Tasks by status and due date (the stored status; overdue is derived at query time from DueDate).</summary>
public sealed class TaskIndex : CommitteeIndex
{
    public int Position { get; set; }
    public string Status { get; set; } = "";
    public DateTime? DueDate { get; set; }
    public string OrganisationId { get; set; } = "";
    public string? Area { get; set; }
}

public sealed class TaskIndexProvider : CommitteeIndexProvider<TaskListPart, TaskIndex>
{
    protected override IEnumerable<TaskIndex> Map(ContentItem item, TaskListPart part)
        => part.Items.Select((t, i) => new TaskIndex
        {
            Position = i,
            Status = t.Status,
            DueDate = t.DueDate?.Date,
            OrganisationId = part.OrganisationId,
            Area = t.Area is { Length: > 255 } a ? a[..255] : t.Area,
        });

    protected override void ConfigureColumns(EntityTypeBuilder<TaskIndex> table)
    {
        table.Property(x => x.Status).HasMaxLength(32);
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Area).HasMaxLength(255);
        table.HasIndex(x => new { x.Published, x.Status, x.DueDate }).HasDatabaseName("IX_TaskIndex_Status");
    }
}
