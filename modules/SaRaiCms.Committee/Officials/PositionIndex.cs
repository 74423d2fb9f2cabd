using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Officials;

/// <summary>Positions by official, organisation and date range: "who held what on date D".</summary>
public sealed class PositionIndex : CommitteeIndex
{
    public string OrganisationId { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTime StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public int Order { get; set; }
    public string? Term { get; set; }
}

public sealed class PositionIndexProvider : CommitteeIndexProvider<OfficialPart, PositionIndex>
{
    protected override IEnumerable<PositionIndex> Map(ContentItem item, OfficialPart part)
        => part.Positions.Select(p => new PositionIndex
        {
            OrganisationId = p.OrganisationId,
            Title = p.Title.Length > 255 ? p.Title[..255] : p.Title,
            StartDate = p.StartDate.Date,
            EndDate = p.EndDate?.Date,
            Order = p.Order,
            Term = p.Term,
        });

    protected override void ConfigureColumns(EntityTypeBuilder<PositionIndex> table)
    {
        table.Property(x => x.OrganisationId).HasMaxLength(64);
        table.Property(x => x.Title).HasMaxLength(255);
        table.Property(x => x.Term).HasMaxLength(255);
        table.HasIndex(x => new { x.ContentItemId, x.Published, x.StartDate }).HasDatabaseName("IX_PositionIndex_Official");
        table.HasIndex(x => new { x.OrganisationId, x.Published, x.StartDate, x.EndDate }).HasDatabaseName("IX_PositionIndex_Organisation");
    }
}
