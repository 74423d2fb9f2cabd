using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Committee.Common;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Documents;

/// <summary>Documents by type, number and date; the number is also kept folded for lookup as typed.</summary>
public sealed class DocumentIndex : CommitteeIndex
{
    public string DocumentType { get; set; } = "";
    public string Number { get; set; } = "";

    /// <summary>Lower case, marks stripped, đ as d, only letters and digits: "45nqdu".</summary>
    public string NumberKey { get; set; } = "";
    public DateTime? IssuedDate { get; set; }
    public int? Year { get; set; }
}

public sealed class DocumentIndexProvider : CommitteeIndexProvider<DocumentPart, DocumentIndex>
{
    protected override IEnumerable<DocumentIndex> Map(ContentItem item, DocumentPart part)
    {
        yield return new DocumentIndex
        {
            DocumentType = part.DocumentType,
            Number = part.Number,
            NumberKey = DocumentNumber.Key(part.Number),
            IssuedDate = part.IssuedDate?.Date,
            Year = part.IssuedDate?.Year,
        };
    }

    protected override void ConfigureColumns(EntityTypeBuilder<DocumentIndex> table)
    {
        table.Property(x => x.DocumentType).HasMaxLength(64);
        table.Property(x => x.Number).HasMaxLength(128);
        table.Property(x => x.NumberKey).HasMaxLength(128);
        table.HasIndex(x => new { x.Published, x.DocumentType, x.IssuedDate }).HasDatabaseName("IX_DocumentIndex_Type");
        table.HasIndex(x => new { x.Published, x.Year }).HasDatabaseName("IX_DocumentIndex_Year");
        table.HasIndex(x => x.NumberKey).HasDatabaseName("IX_DocumentIndex_Number");
    }
}
