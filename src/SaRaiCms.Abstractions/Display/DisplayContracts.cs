using Microsoft.AspNetCore.Mvc.ModelBinding;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;

namespace SaRaiCms.Display;

/// <summary>
/// A piece of a rendered content item: a typed view model and the Razor view that renders it.
/// The view is found by the first of <see cref="Alternates"/> (most specific first) that a
/// theme or module provides, so a theme overrides a module view by using the same file name.
/// A display shape may be given a builder instead of a model: the model is then built when the
/// shape is rendered, so a shape that placement hides or a template leaves out costs nothing.
/// </summary>
public sealed class ShapeResult
{
    private Func<Task<object>>? _build;
    private object? _model;

    public ShapeResult(string shapeType, object model)
    {
        ShapeType = shapeType;
        _model = model;
        Alternates = [shapeType];
    }

    /// <summary>A shape whose model <paramref name="build"/> makes the first time it is rendered.</summary>
    public ShapeResult(string shapeType, Func<Task<object>> build)
    {
        ShapeType = shapeType;
        _build = build;
        Alternates = [shapeType];
    }

    public string ShapeType { get; }

    /// <summary>The model; for a shape with a builder, only once <see cref="GetModelAsync"/> has run.</summary>
    public object Model => _model ?? throw new InvalidOperationException($"The {ShapeType} shape's model is built when it is rendered: await GetModelAsync().");

    /// <summary>False until a lazily built shape has been rendered (or its model asked for).</summary>
    public bool IsBuilt => _model is not null;

    public async Task<object> GetModelAsync()
    {
        if (_model is null && _build is not null)
        {
            _model = await _build();
            _build = null;
        }

        return _model!;
    }

    /// <summary>Where the shape goes in the content template: "Header", "Content", "Meta", "Footer"...</summary>
    public string Zone { get; set; } = "Content";

    /// <summary>Order within the zone (parts' and fields' Position settings by default).</summary>
    public double Position { get; set; }

    /// <summary>Form field prefix for editor shapes (so <c>asp-for="Title"</c> posts "TitlePart.Title").</summary>
    public string? Prefix { get; set; }

    /// <summary>View names to try, most specific first.</summary>
    public List<string> Alternates { get; set; }

    public ShapeResult Location(string zone, double position)
    {
        Zone = zone;
        Position = position;
        return this;
    }
}

/// <summary>What a display or editor is built for.</summary>
public sealed class BuildContext(ContentItem item, ContentTypeDefinition type, string displayType, IServiceProvider services, CancellationToken cancellationToken)
{
    public ContentItem ContentItem { get; } = item;
    public ContentTypeDefinition TypeDefinition { get; } = type;

    /// <summary>"Detail", "Summary" or "Edit".</summary>
    public string DisplayType { get; } = displayType;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}

/// <summary>A posted editor form, read through MVC model binding; errors go to <see cref="ModelState"/>.</summary>
public interface IUpdateModel
{
    ModelStateDictionary ModelState { get; }

    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class;
}

public sealed class PartContext(BuildContext build, ContentTypePartDefinition typePart, ContentPartDefinition? partDefinition, double position)
{
    public BuildContext Build { get; } = build;
    public ContentTypePartDefinition TypePart { get; } = typePart;
    public ContentPartDefinition? PartDefinition { get; } = partDefinition;
    public double Position { get; } = position;

    /// <summary>Form field prefix for this part's editor.</summary>
    public string Prefix => TypePart.Name;
}

public sealed class FieldContext(PartContext part, ContentPartFieldDefinition field, double position)
{
    public PartContext Part { get; } = part;
    public ContentPartFieldDefinition Field { get; } = field;
    public double Position { get; } = position;
    public BuildContext Build => Part.Build;

    /// <summary>Form field prefix for this field's editor: "Part.Field".</summary>
    public string Prefix => $"{Part.TypePart.Name}.{Field.Name}";

    public string DisplayName => Field.GetSettings<ContentPartFieldSettings>().DisplayName is { Length: > 0 } name ? name : Field.Name;
}

/// <summary>Builds the display, the editor and the update of one part type.</summary>
public interface IContentPartDisplayDriver
{
    /// <summary>The part type handled, e.g. "TitlePart".</summary>
    string PartType { get; }

    Task<IEnumerable<ShapeResult>> DisplayAsync(PartContext context);

    Task<IEnumerable<ShapeResult>> EditAsync(PartContext context);

    /// <summary>Reads the posted editor into the item; validation messages go to the model state.</summary>
    Task<IEnumerable<ShapeResult>> UpdateAsync(PartContext context, IUpdateModel updater);
}

/// <summary>Builds the display, the editor and the update of one field type.</summary>
public interface IContentFieldDisplayDriver
{
    string FieldType { get; }

    Task<IEnumerable<ShapeResult>> DisplayAsync(FieldContext context);

    Task<IEnumerable<ShapeResult>> EditAsync(FieldContext context);

    Task<IEnumerable<ShapeResult>> UpdateAsync(FieldContext context, IUpdateModel updater);
}

/// <summary>A content item's shapes, grouped by zone; the model of the "Content" view and its alternates.</summary>
public sealed class ContentShape
{
    public required ContentItem ContentItem { get; init; }
    public required ContentTypeDefinition TypeDefinition { get; init; }
    public required string DisplayType { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ShapeResult>> Zones { get; init; }
    public List<string> Alternates { get; init; } = [];

    public IReadOnlyList<ShapeResult> Zone(string name) => Zones.TryGetValue(name, out var shapes) ? shapes : [];
}

/// <summary>Builds content shapes for display and editing, and applies posted editors.</summary>
public interface IContentDisplayManager
{
    Task<ContentShape> BuildDisplayAsync(ContentItem item, string displayType = "Detail", CancellationToken cancellationToken = default);

    Task<ContentShape> BuildEditorAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Applies the posted form to <paramref name="item"/> and returns the editor to re-render (with messages when invalid).</summary>
    Task<ContentShape> UpdateEditorAsync(ContentItem item, IUpdateModel updater, CancellationToken cancellationToken = default);
}
