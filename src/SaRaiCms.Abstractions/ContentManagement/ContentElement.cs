using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaRaiCms.ContentManagement;

/// <summary>
/// Base of everything stored inside a content item: parts and fields. Properties a typed
/// class does not declare (for instance the fields attached to a part) are kept in
/// <see cref="Data"/> so that reading and writing a typed view never loses data.
/// </summary>
public abstract class ContentElement
{
    /// <remarks>
    /// A dictionary of <see cref="JsonElement"/> rather than a JsonObject: System.Text.Json writes a
    /// JsonObject extension property as a nested object (invalid JSON; dotnet/runtime#60806).
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Data { get; set; }

    /// <summary>Reads a named child element (a field of this part), or null when absent.</summary>
    public T? Get<T>(string name) where T : ContentElement
        => Data is not null && Data.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Deserialize<T>(ContentSerializer.Options)
            : null;

    /// <summary>Writes a named child element (a field of this part).</summary>
    public void Set(string name, ContentElement element)
    {
        Data ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Data[name] = JsonSerializer.SerializeToElement(element, element.GetType(), ContentSerializer.Options);
    }

    public bool Has(string name) => Data is not null && Data.ContainsKey(name);
}

/// <summary>A part attached to a content type. Its fields are properties of its JSON object.</summary>
public class ContentPart : ContentElement
{
}

/// <summary>A field inside a part.</summary>
public abstract class ContentField : ContentElement
{
}
