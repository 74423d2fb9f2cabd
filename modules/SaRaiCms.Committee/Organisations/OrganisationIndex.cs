using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Organisations;

/// <summary>Organisations in their tree, with their validity and successor.</summary>
public sealed class OrganisationIndex : CommitteeIndex
{
    public string? ParentId { get; set; }
    public string Kind { get; set; } = "";
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
    public string? SuccessorId { get; set; }
}

public sealed class OrganisationIndexProvider : CommitteeIndexProvider<OrganisationPart, OrganisationIndex>
{
    protected override IEnumerable<OrganisationIndex> Map(ContentItem item, OrganisationPart part)
    {
        yield return new OrganisationIndex
        {
            ParentId = part.ParentId,
            Kind = part.Kind,
            ValidFrom = part.ValidFrom?.Date,
            ValidTo = part.ValidTo?.Date,
            SuccessorId = part.SuccessorId,
        };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<OrganisationIndex> table)
    {
        table.Property(x => x.ParentId).HasMaxLength(64);
        table.Property(x => x.Kind).HasMaxLength(64);
        table.Property(x => x.SuccessorId).HasMaxLength(64);
        table.HasIndex(x => new { x.ParentId, x.Published }).HasDatabaseName("IX_OrganisationIndex_Parent");
    }
}
