using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Common;

/// <summary>Base for committee indexes: rows exist only for the latest and the published version.</summary>
public abstract class CommitteeIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public abstract class CommitteeIndexProvider<TPart, TIndex> : IndexProvider<ContentItem, TIndex>
    where TPart : ContentPart
    where TIndex : CommitteeIndex
{
    public override IEnumerable<TIndex> Map(ContentItem item)
    {
        if ((!item.Latest && !item.Published) || item.As<TPart>() is not { } part)
        {
            yield break;
        }

        foreach (var row in Map(item, part))
        {
            row.ContentItemId = item.ContentItemId;
            row.Published = item.Published;
            row.Latest = item.Latest;
            yield return row;
        }
    }

    protected abstract IEnumerable<TIndex> Map(ContentItem item, TPart part);

    protected override void Configure(EntityTypeBuilder<TIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.HasIndex(x => x.ContentItemId);
        ConfigureColumns(table);
    }

    protected abstract void ConfigureColumns(EntityTypeBuilder<TIndex> table);
}
