using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;

namespace SaRaiCms.Metadata;

/// <summary>
/// The settings classes come from the registered part and field types (by Orchard's naming) and
/// the four definition-level classes. Only enum properties are rewritten, so keys a class does not
/// know (Orchard's index settings, RenderTitle written by an older SaRaiCms, …) stay as given.
/// </summary>
public sealed class DefinitionSettingsNormalizer : IDefinitionSettingsNormalizer
{
    private readonly Dictionary<string, Type> _types;

    public DefinitionSettingsNormalizer(IOptions<ContentOptions> options)
    {
        Type[] definitionLevel = [typeof(ContentTypeSettings), typeof(ContentTypePartSettings), typeof(ContentPartSettings), typeof(ContentPartFieldSettings)];
        _types = options.Value.PartTypes.Values.Concat(options.Value.FieldTypes.Values)
            .Select(ContentOptions.SettingsTypeOf)
            .OfType<Type>()
            .Concat(definitionLevel)
            .DistinctBy(t => t.Name)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public void Normalize(JsonObject settings)
    {
        foreach (var (key, node) in settings.ToList())
        {
            if (node is not JsonObject values || !_types.TryGetValue(key, out var type))
            {
                continue;
            }

            object read;
            try
            {
                read = values.Deserialize(type, ContentSerializer.Options) ?? throw new JsonException("empty settings.");
            }
            catch (JsonException e)
            {
                throw new DefinitionSettingsException(key, e.Path is { Length: > 1 } path && !e.Message.Contains(key, StringComparison.Ordinal)
                    ? $"{key}{path.TrimStart('$')}: {e.Message}"
                    : e.Message, e);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsEnum(p.PropertyType) && values.ContainsKey(p.Name)))
            {
                values[property.Name] = JsonSerializer.SerializeToNode(property.GetValue(read), property.PropertyType, ContentSerializer.Options);
            }
        }
    }

    private static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;
}
