using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SaRaiCms.ContentManagement;

/// <summary>Writes a content item as one flat JSON object: fixed properties, then parts.</summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    private static readonly HashSet<string> FixedProperties = new(StringComparer.Ordinal)
    {
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.Owner), nameof(ContentItem.Author),
    };

    public static bool IsFixedProperty(string name) => FixedProperties.Contains(name);

    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A content item must be a JSON object.");
        return FromJson(obj, options);
    }

    public static ContentItem FromJson(JsonObject obj, JsonSerializerOptions options)
    {
        var item = new ContentItem
        {
            ContentItemId = ReadString(obj, nameof(ContentItem.ContentItemId)),
            ContentItemVersionId = ReadString(obj, nameof(ContentItem.ContentItemVersionId)),
            ContentType = ReadString(obj, nameof(ContentItem.ContentType)),
            DisplayText = ReadString(obj, nameof(ContentItem.DisplayText)),
            Latest = obj[nameof(ContentItem.Latest)]?.GetValue<bool>() ?? false,
            Published = obj[nameof(ContentItem.Published)]?.GetValue<bool>() ?? false,
            ModifiedUtc = ReadDate(obj, nameof(ContentItem.ModifiedUtc), options),
            PublishedUtc = ReadDate(obj, nameof(ContentItem.PublishedUtc), options),
            CreatedUtc = ReadDate(obj, nameof(ContentItem.CreatedUtc), options),
            Owner = ReadString(obj, nameof(ContentItem.Owner)),
            Author = ReadString(obj, nameof(ContentItem.Author)),
        };

        foreach (var (name, value) in obj)
        {
            if (!FixedProperties.Contains(name))
            {
                item.Content[name] = value?.DeepClone();
            }
        }

        return item;
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(ContentItem.ContentItemId), value.ContentItemId);
        writer.WriteString(nameof(ContentItem.ContentItemVersionId), value.ContentItemVersionId);
        writer.WriteString(nameof(ContentItem.ContentType), value.ContentType);
        writer.WriteString(nameof(ContentItem.DisplayText), value.DisplayText);
        writer.WriteBoolean(nameof(ContentItem.Latest), value.Latest);
        writer.WriteBoolean(nameof(ContentItem.Published), value.Published);
        WriteDate(writer, nameof(ContentItem.ModifiedUtc), value.ModifiedUtc, options);
        WriteDate(writer, nameof(ContentItem.PublishedUtc), value.PublishedUtc, options);
        WriteDate(writer, nameof(ContentItem.CreatedUtc), value.CreatedUtc, options);
        writer.WriteString(nameof(ContentItem.Owner), value.Owner);
        writer.WriteString(nameof(ContentItem.Author), value.Author);
        foreach (var (name, node) in value.Content)
        {
            writer.WritePropertyName(name);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }

    private static string ReadString(JsonObject obj, string name)
        => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    private static DateTime? ReadDate(JsonObject obj, string name, JsonSerializerOptions options)
        => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
            ? v.Deserialize<DateTime>(options)
            : null;

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Value, options);
        }
    }
}
