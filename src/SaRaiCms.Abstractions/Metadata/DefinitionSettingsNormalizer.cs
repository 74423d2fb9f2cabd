using System.Text.Json.Nodes;

namespace SaRaiCms.Metadata;

/// <summary>
/// Reads each settings object of a definition into the class registered for its key
/// (<c>TitlePartSettings</c>, <c>TextFieldSettings</c>, <c>ContentTypePartSettings</c>, …) and writes
/// named values back by name, as Orchard Core writes them. Recipes and migrations call it as settings
/// enter the store, so a value no class can read fails there, not on the first editor request.
/// </summary>
public interface IDefinitionSettingsNormalizer
{
    /// <summary>Normalises in place; keys without a registered class are kept as they are.</summary>
    /// <exception cref="DefinitionSettingsException">A registered settings object holds a value its class cannot take.</exception>
    void Normalize(JsonObject settings);
}

/// <summary>A settings object holds a value its class cannot take; the message names the key and the value.</summary>
public sealed class DefinitionSettingsException(string settingsKey, string message, Exception? inner = null) : Exception(message, inner)
{
    public string SettingsKey { get; } = settingsKey;
}
