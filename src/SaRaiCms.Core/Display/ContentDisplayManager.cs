using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;

namespace SaRaiCms.Display;

/// <summary>
/// Builds a content item's shapes from its type definition: for each attached part (in
/// Position order) the part's driver, then a driver for each field of the part definition.
/// Shapes land in zones and carry alternates, most specific first:
/// <c>{Shape}-{ContentType}.{DisplayType}</c>, <c>{Shape}-{ContentType}</c>, <c>{Shape}.{DisplayType}</c>, <c>{Shape}</c>.
/// Parts and fields hidden by <see cref="ShapePlacementOptions"/> for a display type are skipped.
/// </summary>
public sealed class ContentDisplayManager(
    IContentDefinitionManager definitions,
    IEnumerable<IContentPartDisplayDriver> partDrivers,
    IEnumerable<IContentFieldDisplayDriver> fieldDrivers,
    Caching.IPageCacheDependencies dependencies,
    Microsoft.Extensions.Options.IOptions<ShapePlacementOptions> placement,
    IServiceProvider services) : IContentDisplayManager
{
    private readonly Dictionary<string, IContentPartDisplayDriver> _parts = partDrivers.GroupBy(d => d.PartType).ToDictionary(g => g.Key, g => g.Last());
    private readonly Dictionary<string, IContentFieldDisplayDriver> _fields = fieldDrivers.GroupBy(d => d.FieldType).ToDictionary(g => g.Key, g => g.Last());

    public Task<ContentShape> BuildDisplayAsync(ContentItem item, string displayType = "Detail", CancellationToken cancellationToken = default)
    {
        // The page shows this item: a cached copy must go when it changes.
        dependencies.AddItem(item.ContentItemId);
        return BuildAsync(item, displayType, (d, c) => d.DisplayAsync(c), (d, c) => d.DisplayAsync(c), cancellationToken);
    }

    public Task<ContentShape> BuildEditorAsync(ContentItem item, CancellationToken cancellationToken = default)
        => BuildAsync(item, "Edit", (d, c) => d.EditAsync(c), (d, c) => d.EditAsync(c), cancellationToken);

    public Task<ContentShape> UpdateEditorAsync(ContentItem item, IUpdateModel updater, CancellationToken cancellationToken = default)
        => BuildAsync(item, "Edit", (d, c) => d.UpdateAsync(c, updater), (d, c) => d.UpdateAsync(c, updater), cancellationToken);

    private async Task<ContentShape> BuildAsync(
        ContentItem item,
        string displayType,
        Func<IContentPartDisplayDriver, PartContext, Task<IEnumerable<ShapeResult>>> partAction,
        Func<IContentFieldDisplayDriver, FieldContext, Task<IEnumerable<ShapeResult>>> fieldAction,
        CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken)
                   ?? throw new InvalidOperationException($"Unknown content type '{item.ContentType}'.");
        var build = new BuildContext(item, type, displayType, services, cancellationToken);
        var shapes = new List<ShapeResult>();
        var partIndex = 0;
        foreach (var typePart in type.OrderedParts())
        {
            partIndex++;
            var partDefinition = await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            var partContext = new PartContext(build, typePart, partDefinition, partIndex);
            var display = displayType != "Edit";
            if (display && placement.Value.IsPartHidden(item.ContentType, displayType, typePart.Name))
            {
                continue;
            }

            if (_parts.TryGetValue(typePart.PartName, out var driver))
            {
                foreach (var shape in await partAction(driver, partContext))
                {
                    if (shape.Position == 0)
                    {
                        shape.Position = partIndex;
                    }

                    AddAlternates(shape, item.ContentType, displayType);
                    shapes.Add(shape);
                }
            }

            if (partDefinition is null)
            {
                continue;
            }

            var fieldIndex = 0;
            foreach (var field in partDefinition.OrderedFields())
            {
                fieldIndex++;
                if (!_fields.TryGetValue(field.FieldName, out var fieldDriver)
                    || (display && placement.Value.IsFieldHidden(item.ContentType, displayType, typePart.Name, field.Name)))
                {
                    continue;
                }

                var fieldContext = new FieldContext(partContext, field, partIndex + (fieldIndex / 100.0));
                foreach (var shape in await fieldAction(fieldDriver, fieldContext))
                {
                    if (shape.Position == 0)
                    {
                        shape.Position = fieldContext.Position;
                    }

                    // Field alternates also name the part and field: TextField-Meeting-Place.
                    shape.Alternates.Insert(0, $"{shape.ShapeType}-{typePart.Name}-{field.Name}");
                    AddAlternates(shape, item.ContentType, displayType);
                    shapes.Add(shape);
                }
            }
        }

        var zones = shapes
            .GroupBy(s => s.Zone)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ShapeResult>)g.OrderBy(s => s.Position).ToList());
        return new ContentShape
        {
            ContentItem = item,
            TypeDefinition = type,
            DisplayType = displayType,
            Zones = zones,
            Alternates = displayType == "Edit"
                ? [$"Content_Edit-{item.ContentType}", "Content_Edit"]
                : [$"Content-{item.ContentType}.{displayType}", $"Content-{item.ContentType}", $"Content.{displayType}", "Content"],
        };
    }

    private static void AddAlternates(ShapeResult shape, string contentType, string displayType)
    {
        var name = shape.ShapeType;
        var extra = shape.Alternates.Where(a => a != name);
        shape.Alternates = extra.Concat([$"{name}-{contentType}.{displayType}", $"{name}-{contentType}", $"{name}.{displayType}", name]).Distinct().ToList();
    }
}
