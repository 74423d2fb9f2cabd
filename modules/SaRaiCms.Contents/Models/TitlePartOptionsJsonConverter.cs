using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaRaiCms.Contents.Models;

/// <summary>
/// Writes <see cref="TitlePartOptions"/> by name, as Orchard Core's recipes and exports do, and reads
/// a name (any case) or a number. Numbers come from two writers that agree on 0 and 1 only:
/// SaRaiCms before names were used wrote 2 for "editable and required", Orchard Core numbers it 3
/// (its 2 is GeneratedHidden). Both read as EditableRequired, so a SaRaiCms export made before
/// this change imports unchanged; GeneratedHidden is written by name, as Orchard Core 2 writes it.
/// </summary>
public sealed class TitlePartOptionsJsonConverter : JsonConverter<TitlePartOptions>
{
    private const int SaRaiCmsEditableRequired = 2;
    private const int OrchardEditableRequired = 3;

    public override TitlePartOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number switch
            {
                (int)TitlePartOptions.Editable => TitlePartOptions.Editable,
                (int)TitlePartOptions.GeneratedDisabled => TitlePartOptions.GeneratedDisabled,
                SaRaiCmsEditableRequired or OrchardEditableRequired => TitlePartOptions.EditableRequired,
                _ => throw Unknown(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString() ?? "";
            return Enum.GetValues<TitlePartOptions>().Where(v => string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase)).Cast<TitlePartOptions?>().FirstOrDefault()
                   ?? throw Unknown($"\"{text}\"");
        }

        throw Unknown(reader.TokenType.ToString());
    }

    public override void Write(Utf8JsonWriter writer, TitlePartOptions value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());

    private static JsonException Unknown(string value)
        => new($"TitlePartSettings.Options: {value} is not one of {string.Join(", ", Enum.GetNames<TitlePartOptions>())}.");
}
