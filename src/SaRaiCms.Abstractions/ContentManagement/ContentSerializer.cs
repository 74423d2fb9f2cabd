using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace SaRaiCms.ContentManagement;

/// <summary>
/// The one set of JSON rules for content: Vietnamese is written as-is (not \u-escaped),
/// nulls are omitted, and dates and times are read leniently because Orchard recipes
/// contain values such as "2024-5-5 22:50:58" and "12:05".
/// </summary>
public static class ContentSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNamingPolicy = null,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new LenientDateTimeConverter());
        options.Converters.Add(new LenientTimeSpanConverter());
        options.Converters.Add(new ContentItemJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static T? Deserialize<T>(JsonNode node) => node.Deserialize<T>(Options);

    public static JsonObject ToNode(object value)
        => JsonSerializer.SerializeToNode(value, value.GetType(), Options) as JsonObject
           ?? throw new InvalidOperationException($"{value.GetType().Name} does not serialise to a JSON object.");

    public static JsonArray ToNodeArray(IEnumerable<object> values) => new(values.Select(v => (JsonNode?)ToNode(v)).ToArray());

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty {typeof(T).Name} document.");

    private sealed class LenientDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new JsonException("Empty date.");
            }

            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
            => writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }

    private sealed class LenientTimeSpanConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => TimeSpan.Parse(reader.GetString() ?? throw new JsonException("Empty time."), CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString("c", CultureInfo.InvariantCulture));
    }
}
