using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SaRaiCms.Search.Lucene;

/// <summary>Field names of the Lucene documents and the mapping from <see cref="SearchDocument"/>.</summary>
public static class LuceneDocuments
{
    public const string Id = "_id";
    public const string Version = "_version";
    public const string Type = "_type";
    public const string TypeName = "_typeName";

    /// <summary>The content type as doc values, for counting results per type in one pass.</summary>
    public const string TypeValues = "_typeValues";
    public const string DisplayTitle = "_title";
    public const string Url = "_url";
    public const string Date = "_date";
    public const string DateSort = "_dateSort";
    public const string CategoryId = "_categoryId";

    /// <summary>Which rebuild last wrote the document (documents a rebuild did not write are removed at its end).</summary>
    public const string Generation = "_generation";

    /// <summary>
    /// The accent-kept copy of a field: indexed with positions (phrases), not stored, and without
    /// length norms, so that an exact match in a long body is not outweighed by a folded match in
    /// a short title: the exact form ranks first.
    /// </summary>
    private static readonly FieldType ExactFieldType = CreateExactFieldType();

    private static FieldType CreateExactFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true };
        type.Freeze();
        return type;
    }

    public static Term IdTerm(string contentItemId) => new(Id, contentItemId);

    public static Document ToLucene(SearchDocument source, string generation)
    {
        var document = new Document
        {
            new StringField(Id, source.ContentItemId, Field.Store.YES),
            new StoredField(Version, source.ContentItemVersionId),
            new StringField(Type, source.ContentType, Field.Store.YES),
            new SortedDocValuesField(TypeValues, new BytesRef(source.ContentType)),
            new StoredField(TypeName, source.ContentTypeDisplayName),
            new StoredField(DisplayTitle, source.Title),
            new StringField(Generation, generation, Field.Store.NO),
        };
        if (source.Url is { Length: > 0 } url)
        {
            document.Add(new StoredField(Url, url));
        }

        var ticks = source.PublishedUtc?.Ticks ?? 0;
        document.Add(new StoredField(Date, ticks));
        document.Add(new NumericDocValuesField(DateSort, ticks));
        foreach (var categoryId in source.CategoryIds.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(CategoryId, categoryId, Field.Store.NO));
        }

        foreach (var (name, values) in source.Fields)
        {
            var text = string.Join("\n\n", values);
            document.Add(new TextField(name, text, Field.Store.YES));
            document.Add(new Field(SearchAnalyzer.Exact(name), text, ExactFieldType));
        }

        return document;
    }
}
