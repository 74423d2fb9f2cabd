using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaRaiCms.ContentManagement;

/// <summary>
/// An enum in settings, as Orchard Core reads and writes it: written by name, read from a name in
/// any case or from a number. Anything else fails with the names it takes, so a recipe with a
/// value no one can read stops at import instead of on the first page that reads it.
/// </summary>
public class NamedEnumJsonConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return FromNumber(number) ?? throw Unknown(number.ToString(CultureInfo.InvariantCulture));
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString() ?? "";
            return Enum.GetValues<TEnum>().Where(v => string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase)).Cast<TEnum?>().FirstOrDefault()
                   ?? throw Unknown($"\"{text}\"");
        }

        throw Unknown(reader.TokenType.ToString());
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());

    /// <summary>The value a number stands for (Orchard Core's: the enum's own numbering), or null.</summary>
    protected virtual TEnum? FromNumber(int number)
        => Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) == number).Cast<TEnum?>().FirstOrDefault();

    private static JsonException Unknown(string value) => new($"{value} is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
