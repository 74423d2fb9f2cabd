using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Indexes;

/// <summary>Public paths of items: what the router looks up for every page.</summary>
public sealed class AutorouteIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string Path { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class AutorouteIndexProvider : IndexProvider<ContentItem, AutorouteIndex>
{
    public override IEnumerable<AutorouteIndex> Map(ContentItem item)
    {
        if ((item.Latest || item.Published) && item.As<AutoroutePart>() is { Path.Length: > 0 } part)
        {
            yield return new AutorouteIndex { ContentItemId = item.ContentItemId, Path = part.Path, Published = item.Published, Latest = item.Latest };
        }
    }

    protected override void Configure(EntityTypeBuilder<AutorouteIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.Path).HasMaxLength(1024);
        table.HasIndex(x => new { x.Path, x.Published }).HasDatabaseName("IX_AutorouteIndex_Path");
        table.HasIndex(x => x.ContentItemId).HasDatabaseName("IX_AutorouteIndex_Item");
    }
}

/// <summary>Children of lists, in order.</summary>
public sealed class ContainedPartIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ListContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Order { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class ContainedPartIndexProvider : IndexProvider<ContentItem, ContainedPartIndex>
{
    public override IEnumerable<ContainedPartIndex> Map(ContentItem item)
    {
        if ((item.Latest || item.Published) && item.As<ContainedPart>() is { ListContentItemId.Length: > 0 } part)
        {
            yield return new ContainedPartIndex
            {
                ContentItemId = item.ContentItemId,
                ListContentItemId = part.ListContentItemId,
                ContentType = item.ContentType,
                Order = part.Order,
                Published = item.Published,
                Latest = item.Latest,
            };
        }
    }

    protected override void Configure(EntityTypeBuilder<ContainedPartIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.ListContentItemId).HasMaxLength(64);
        table.Property(x => x.ContentType).HasMaxLength(255);
        table.HasIndex(x => new { x.ListContentItemId, x.Published, x.Order }).HasDatabaseName("IX_ContainedPartIndex_List");
    }
}

/// <summary>Which items are tagged with which term, for category pages.</summary>
public sealed class TaxonomyIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string ContentPart { get; set; } = "";
    public string ContentField { get; set; } = "";
    public string TaxonomyContentItemId { get; set; } = "";
    public string TermContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class TaxonomyIndexProvider : IndexProvider<ContentItem, TaxonomyIndex>
{
    public override IEnumerable<TaxonomyIndex> Map(ContentItem item)
    {
        if (!item.Latest && !item.Published)
        {
            yield break;
        }

        foreach (var (partName, partNode) in item.Content)
        {
            if (partNode is not System.Text.Json.Nodes.JsonObject part)
            {
                continue;
            }

            foreach (var (fieldName, fieldNode) in part)
            {
                if (fieldNode is System.Text.Json.Nodes.JsonObject field
                    && field.ContainsKey(nameof(TaxonomyField.TaxonomyContentItemId))
                    && field.ContainsKey(nameof(TaxonomyField.TermContentItemIds))
                    && ContentSerializer.Deserialize<TaxonomyField>(field) is { } taxonomy)
                {
                    foreach (var term in taxonomy.TermContentItemIds)
                    {
                        yield return new TaxonomyIndex
                        {
                            ContentItemId = item.ContentItemId,
                            ContentType = item.ContentType,
                            ContentPart = partName,
                            ContentField = fieldName,
                            TaxonomyContentItemId = taxonomy.TaxonomyContentItemId,
                            TermContentItemId = term,
                            Published = item.Published,
                            Latest = item.Latest,
                        };
                    }
                }
            }
        }
    }

    protected override void Configure(EntityTypeBuilder<TaxonomyIndex> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.Property(x => x.ContentType).HasMaxLength(255);
        table.Property(x => x.ContentPart).HasMaxLength(255);
        table.Property(x => x.ContentField).HasMaxLength(255);
        table.Property(x => x.TaxonomyContentItemId).HasMaxLength(64);
        table.Property(x => x.TermContentItemId).HasMaxLength(64);
        table.HasIndex(x => new { x.TermContentItemId, x.Published }).HasDatabaseName("IX_TaxonomyIndex_Term");
    }
}
