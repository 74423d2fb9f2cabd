using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using DiffPlex;
using DiffPlex.Chunkers;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;

namespace SaRaiCms.Contents.Services;

/// <summary>How a paragraph differs between two versions.</summary>
public enum ParagraphChange
{
    Unchanged,
    Inserted,
    Deleted,

    /// <summary>The same paragraph with words changed: its segments say which.</summary>
    Modified,
}

public enum SegmentChange
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of text inside a paragraph; plain text, never markup.</summary>
public sealed record DiffSegment(SegmentChange Change, string Text);

public sealed record ParagraphDiff(ParagraphChange Change, IReadOnlyList<DiffSegment> Segments);

/// <summary>One value compared: the title, a part's own property or a field.</summary>
public sealed record ValueDiff(string Label, IReadOnlyList<ParagraphDiff> Paragraphs)
{
    public bool Changed => Paragraphs.Any(p => p.Change != ParagraphChange.Unchanged);
}

public sealed record PartDiff(string Label, IReadOnlyList<ValueDiff> Values)
{
    public bool Changed => Values.Any(v => v.Changed);
}

public sealed record VersionComparison(ValueDiff DisplayText, IReadOnlyList<PartDiff> Parts)
{
    public bool HasChanges => DisplayText.Changed || Parts.Any(p => p.Changed);
}

/// <summary>
/// Compares two versions of an item part by part and field by field, in the order of the type
/// definition: every value becomes paragraphs of text (HTML through <see cref="HtmlParagraphs"/>),
/// paragraphs are diffed as lines, and a changed paragraph is diffed again word by word.
/// </summary>
public sealed class ContentVersionDiff(IContentDefinitionManager definitions, HtmlParagraphs html)
{
    private static readonly JsonSerializerOptions CompactJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly IReadOnlyDictionary<string, string> PropertyLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Title"] = "Tiêu đề",
        ["Html"] = "Nội dung",
        ["Markdown"] = "Nội dung",
        ["Path"] = "Đường dẫn",
        ["Text"] = "Văn bản",
        ["Value"] = "Giá trị",
        ["Url"] = "Địa chỉ",
    };

    public async Task<VersionComparison> CompareAsync(ContentItem from, ContentItem to, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(to.ContentType, cancellationToken)
                   ?? await definitions.GetTypeAsync(from.ContentType, cancellationToken);
        var title = Diff("Tiêu đề hiển thị", FromText(from.DisplayText), FromText(to.DisplayText));
        var parts = new List<PartDiff>();
        foreach (var typePart in type?.OrderedParts() ?? [])
        {
            var definition = await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            parts.Add(ComparePart(typePart, definition, from.Content[typePart.Name] as JsonObject, to.Content[typePart.Name] as JsonObject));
        }

        return new VersionComparison(title, parts);
    }

    private PartDiff ComparePart(ContentTypePartDefinition typePart, ContentPartDefinition? definition, JsonObject? from, JsonObject? to)
    {
        var label = typePart.GetSettings<ContentTypePartSettings>().DisplayName is { Length: > 0 } name ? name
            : definition?.GetSettings<ContentPartSettings>().DisplayName is { Length: > 0 } partName ? partName
            : typePart.Name;
        var fields = definition?.OrderedFields() ?? [];
        var fieldNames = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var values = new List<ValueDiff>();

        // The part's own properties (TitlePart.Title, HtmlBodyPart.Html …), then its fields.
        foreach (var property in Keys(from, to).Where(k => !fieldNames.Contains(k)))
        {
            values.Add(Diff(PropertyLabels.GetValueOrDefault(property, property), Paragraphs(property, from?[property]), Paragraphs(property, to?[property])));
        }

        foreach (var field in fields)
        {
            var fieldLabel = field.GetSettings<ContentPartFieldSettings>().DisplayName is { Length: > 0 } display ? display : field.Name;
            values.Add(Diff(fieldLabel, FieldParagraphs(from?[field.Name]), FieldParagraphs(to?[field.Name])));
        }

        return new PartDiff(label, values);
    }

    private static IEnumerable<string> Keys(JsonObject? from, JsonObject? to)
        => (from?.Select(p => p.Key) ?? []).Concat(to?.Select(p => p.Key) ?? []).Distinct(StringComparer.Ordinal);

    /// <summary>A field's value: its one property as paragraphs, or one "Property: value" line per property.</summary>
    private List<string> FieldParagraphs(JsonNode? node)
    {
        if (node is not JsonObject field)
        {
            return Paragraphs("", node);
        }

        if (field.Count == 1)
        {
            var (key, value) = field.First();
            return Paragraphs(key, value);
        }

        var result = new List<string>();
        foreach (var (key, value) in field)
        {
            var label = PropertyLabels.GetValueOrDefault(key, key);
            result.AddRange(Paragraphs(key, value).Select(p => $"{label}: {p}"));
        }

        return result;
    }

    private List<string> Paragraphs(string property, JsonNode? node) => node switch
    {
        null => [],
        JsonValue value when value.TryGetValue<string>(out var text) => property switch
        {
            "Html" => html.FromHtml(text).ToList(),
            _ => FromText(text),
        },
        JsonValue value => [value.ToJsonString(CompactJson)],
        JsonArray array => array.SelectMany(element => element is JsonValue v && v.TryGetValue<string>(out var s) ? FromText(s) : [element?.ToJsonString(CompactJson) ?? "null"]).ToList(),
        _ => [node.ToJsonString(CompactJson)],
    };

    private static List<string> FromText(string? text) => HtmlParagraphs.FromText(text).ToList();

    /// <summary>Paragraph (line) diff; each replaced paragraph paired with its replacement and diffed by words.</summary>
    public static ValueDiff Diff(string label, IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        var result = Differ.Instance.CreateDiffs(string.Join('\n', from), string.Join('\n', to), false, false, ParagraphChunker.Instance);
        var paragraphs = new List<ParagraphDiff>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                paragraphs.Add(Same(from[a]));
            }

            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                paragraphs.Add(Words(from[block.DeleteStartA + i], to[block.InsertStartB + i]));
            }

            for (var i = paired; i < block.DeleteCountA; i++)
            {
                paragraphs.Add(new ParagraphDiff(ParagraphChange.Deleted, [new DiffSegment(SegmentChange.Deleted, from[block.DeleteStartA + i])]));
            }

            for (var i = paired; i < block.InsertCountB; i++)
            {
                paragraphs.Add(new ParagraphDiff(ParagraphChange.Inserted, [new DiffSegment(SegmentChange.Inserted, to[block.InsertStartB + i])]));
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < from.Count; a++)
        {
            paragraphs.Add(Same(from[a]));
        }

        return new ValueDiff(label, paragraphs);
    }

    private static ParagraphDiff Same(string text) => new(ParagraphChange.Unchanged, [new DiffSegment(SegmentChange.Same, text)]);

    private static ParagraphDiff Words(string from, string to)
    {
        var result = Differ.Instance.CreateDiffs(from, to, false, false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, SegmentChange.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(segments, SegmentChange.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, SegmentChange.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, SegmentChange.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return new ParagraphDiff(ParagraphChange.Modified, segments);
    }

    /// <summary>Appends pieces as one segment, merged with the previous segment of the same kind.</summary>
    private static void Add(List<DiffSegment> segments, SegmentChange change, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Change == change)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(change, text));
        }
    }

    /// <summary>Paragraphs joined by line breaks; an empty value has no paragraphs (not one empty one).</summary>
    private sealed class ParagraphChunker : IChunker
    {
        public static ParagraphChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }
}
