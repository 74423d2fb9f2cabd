using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Meetings;

/// <summary>Meetings by date and organisation.</summary>
public sealed class MeetingIndex : CommitteeIndex
{
    public DateTime Date { get; set; }
    public string OrganisationId { get; set; } = "";
    public string Kind { get; set; } = "";
}

public sealed class MeetingIndexProvider : CommitteeIndexProvider<MeetingPart, MeetingIndex>
{
    protected override IEnumerable<MeetingIndex> Map(ContentItem item, MeetingPart part)
    {
        yield return new MeetingIndex { Date = part.Date.Date, OrganisationId = part.OrganisationId, Kind = part.Kind };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<MeetingIndex> table)
    {
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Kind).HasMaxLength(64);
        table.HasIndex(x => new { x.Published, x.Date }).HasDatabaseName("IX_MeetingIndex_Date");
        table.HasIndex(x => new { x.OrganisationId, x.Published, x.Date }).HasDatabaseName("IX_MeetingIndex_Organisation");
    }
}
