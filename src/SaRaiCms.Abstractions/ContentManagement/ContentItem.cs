using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SaRaiCms.Store;

namespace SaRaiCms.ContentManagement;

/// <summary>
/// One version of a content item, in Orchard Core's JSON shape: the fixed properties below
/// and one property per attached part (kept in <see cref="Content"/>).
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem : IDocument
{
    /// <summary>The store's document id of this version (not part of the JSON).</summary>
    public long Id { get; set; }

    /// <summary>The store's row version this copy was read at; used to refuse stale updates.</summary>
    public int DocumentVersion { get; set; }

    /// <summary>For a new draft of a published version: "versionId:rowVersion" it was made from (not part of the JSON).</summary>
    public string? DraftBasedOn { get; set; }

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string Owner { get; set; } = "";
    public string Author { get; set; } = "";

    /// <summary>The parts, keyed by the name under which each is attached.</summary>
    public JsonObject Content { get; set; } = new();

    public bool Has(string name) => Content.ContainsKey(name);

    /// <summary>Reads the part attached under <paramref name="name"/>, or null.</summary>
    public T? Get<T>(string name) where T : ContentElement
        => Content.TryGetPropertyValue(name, out var node) && node is JsonObject obj
            ? ContentSerializer.Deserialize<T>(obj)
            : null;

    /// <summary>Reads the part attached under its own type name (TitlePart as "TitlePart").</summary>
    public T? As<T>() where T : ContentPart => Get<T>(typeof(T).Name);

    /// <summary>Writes a part back under <paramref name="name"/>.</summary>
    public ContentItem Apply(string name, ContentElement element)
    {
        Content[name] = ContentSerializer.ToNode(element);
        return this;
    }

    public ContentItem Apply<T>(T part) where T : ContentPart => Apply(typeof(T).Name, part);

    /// <summary>Reads (or creates) a part, lets <paramref name="alter"/> change it and writes it back.</summary>
    public ContentItem Alter<T>(string name, Action<T> alter) where T : ContentElement, new()
    {
        var part = Get<T>(name) ?? new T();
        alter(part);
        return Apply(name, part);
    }

    public ContentItem Alter<T>(Action<T> alter) where T : ContentPart, new() => Alter(typeof(T).Name, alter);

    /// <summary>Attaches an empty part when it is not there yet.</summary>
    public ContentItem Weld(string name, ContentElement element)
    {
        if (!Content.ContainsKey(name))
        {
            Apply(name, element);
        }

        return this;
    }

    public ContentItem Weld<T>() where T : ContentPart, new() => Weld(typeof(T).Name, new T());

    /// <summary>A deep copy, including store bookkeeping.</summary>
    public ContentItem Clone()
    {
        var copy = (ContentItem)MemberwiseClone();
        copy.Content = (JsonObject)Content.DeepClone();
        return copy;
    }
}
