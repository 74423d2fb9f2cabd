using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.News;

/// <summary>
/// How many times a news article was read, one row per article (ContentItemId). Kept out of the
/// content document on purpose: counting a view must not make a new content version. The table
/// lives in the store's model like an index table, but no document maps to it (see
/// <see cref="NewsViewCountTableProvider"/>): rows are written only by <see cref="Services.Pages.NewsViewCounter"/>.
/// </summary>
public sealed class NewsViewCount : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public long Views { get; set; }
}

/// <summary>
/// Never saved: the document type <see cref="NewsViewCountTableProvider"/> is declared on, so that
/// saving content never deletes or rewrites the counters.
/// </summary>
public sealed class NewsViewCountTable : IDocument
{
    public long Id { get; set; }
    public int DocumentVersion { get; set; }
}

/// <summary>Declares the <see cref="NewsViewCount"/> table (one row per article, unique) on the store's model.</summary>
public sealed class NewsViewCountTableProvider : IndexProvider<NewsViewCountTable, NewsViewCount>
{
    public override IEnumerable<NewsViewCount> Map(NewsViewCountTable document) => [];

    protected override void Configure(EntityTypeBuilder<NewsViewCount> table)
    {
        table.Property(x => x.ContentItemId).HasMaxLength(64);
        table.HasIndex(x => x.ContentItemId).IsUnique().HasDatabaseName("IX_NewsViewCount_Item");
    }
}
