using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Media.Models;
using SaRaiCms.Store;

namespace SaRaiCms.Media.Indexes;

/// <summary>Files by path, by folder and by kind: what the admin lists and what /media/{path} looks up.</summary>
public sealed class MediaItemIndex : MapIndex
{
    public string Path { get; set; } = "";
    public string Folder { get; set; } = "";
    public string FileName { get; set; } = "";
    public bool IsImage { get; set; }
    public bool HasAltText { get; set; }
    public string Owner { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

public sealed class MediaItemIndexProvider : IndexProvider<MediaItem, MediaItemIndex>
{
    public override IEnumerable<MediaItemIndex> Map(MediaItem item)
    {
        yield return new MediaItemIndex
        {
            Path = item.Path,
            Folder = item.Folder,
            FileName = item.FileName,
            IsImage = item.IsImage,
            HasAltText = item.AltText.Length > 0,
            Owner = item.Owner,
            CreatedUtc = item.CreatedUtc,
        };
    }

    protected override void Configure(EntityTypeBuilder<MediaItemIndex> table)
    {
        table.Property(x => x.Path).HasMaxLength(512);
        table.Property(x => x.Folder).HasMaxLength(512);
        table.Property(x => x.FileName).HasMaxLength(255);
        table.Property(x => x.Owner).HasMaxLength(255);
        table.HasIndex(x => x.Path).IsUnique().HasDatabaseName("IX_MediaItemIndex_Path");
        table.HasIndex(x => new { x.Folder, x.CreatedUtc }).HasDatabaseName("IX_MediaItemIndex_Folder");
    }
}
