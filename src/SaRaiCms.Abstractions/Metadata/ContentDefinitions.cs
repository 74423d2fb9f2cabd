using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Metadata;

/// <summary>
/// Content definitions in the shape of Orchard Core's recipe "ContentDefinition" step, so the
/// stored document, recipes and exports share one format.
/// </summary>
public sealed class ContentDefinitionDocument : Store.IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];
    public List<ContentPartDefinition> ContentParts { get; set; } = [];
}

public abstract class DefinitionWithSettings
{
    public JsonObject Settings { get; set; } = new();

    /// <summary>Reads settings stored under the class name (Orchard's convention); missing keys give defaults.</summary>
    public T GetSettings<T>() where T : new()
        => Settings.TryGetPropertyValue(typeof(T).Name, out var node) && node is JsonObject obj
            ? ContentSerializer.Deserialize<T>(obj) ?? new T()
            : new T();

    public void PutSettings<T>(T settings) where T : notnull
        => Settings[typeof(T).Name] = ContentSerializer.ToNode(settings);
}

public sealed class ContentTypeDefinition : DefinitionWithSettings
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];

    [JsonIgnore] public IEnumerable<ContentTypePartDefinition> Parts => ContentTypePartDefinitionRecords;

    [JsonIgnore] public ContentTypeSettings TypeSettings => GetSettings<ContentTypeSettings>();

    /// <summary>Parts in display order: by their Position setting, then as attached.</summary>
    public IReadOnlyList<ContentTypePartDefinition> OrderedParts()
        => ContentTypePartDefinitionRecords
            .Select((p, i) => (Part: p, Index: i, Position: ParsePosition(p.GetSettings<ContentTypePartSettings>().Position, i)))
            .OrderBy(x => x.Position).ThenBy(x => x.Index).Select(x => x.Part).ToList();

    internal static double ParsePosition(string? position, int fallback)
        => double.TryParse(position, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : fallback;
}

public sealed class ContentTypePartDefinition : DefinitionWithSettings
{
    /// <summary>The part's type, e.g. "TitlePart", or a part defined only in definitions (e.g. "Meeting").</summary>
    public string PartName { get; set; } = "";

    /// <summary>The attachment name: the JSON property of the item holding this part.</summary>
    public string Name { get; set; } = "";
}

public sealed class ContentPartDefinition : DefinitionWithSettings
{
    public string Name { get; set; } = "";
    public List<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; set; } = [];

    [JsonIgnore] public IEnumerable<ContentPartFieldDefinition> Fields => ContentPartFieldDefinitionRecords;

    public IReadOnlyList<ContentPartFieldDefinition> OrderedFields()
        => ContentPartFieldDefinitionRecords
            .Select((f, i) => (Field: f, Index: i, Position: ContentTypeDefinition.ParsePosition(f.GetSettings<ContentPartFieldSettings>().Position, i)))
            .OrderBy(x => x.Position).ThenBy(x => x.Index).Select(x => x.Field).ToList();
}

public sealed class ContentPartFieldDefinition : DefinitionWithSettings
{
    /// <summary>The field's type, e.g. "TextField".</summary>
    public string FieldName { get; set; } = "";

    /// <summary>The field's name within its part.</summary>
    public string Name { get; set; } = "";
}

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }
    public string? Stereotype { get; set; }
    public string? Description { get; set; }
}

public sealed class ContentTypePartSettings
{
    public string? Position { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Editor { get; set; }
    public string? DisplayMode { get; set; }
}

public sealed class ContentPartFieldSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Editor { get; set; }
    public string? DisplayMode { get; set; }
    public string? Position { get; set; }
}

public sealed class ContentPartSettings
{
    public bool Attachable { get; set; }
    public bool Reusable { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
}
