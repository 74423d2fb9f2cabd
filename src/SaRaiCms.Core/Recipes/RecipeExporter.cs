using System.Text.Json.Nodes;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Recipes;

/// <summary>
/// Writes a recipe Orchard Core can run: the definitions of the chosen types and their parts,
/// then every latest and published version of their items in the stored shape.
/// With <c>definitionsOnly</c> (the content type editor's export) only the definitions step is written.
/// </summary>
public sealed class RecipeExporter(IContentDefinitionManager definitions, IDocumentSession session)
{
    public Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? types, CancellationToken cancellationToken = default)
        => ExportAsync(types, definitionsOnly: false, cancellationToken);

    public async Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? types, bool definitionsOnly, CancellationToken cancellationToken = default)
    {
        var allTypes = await definitions.ListTypesAsync(cancellationToken);
        if (types is { Count: > 0 })
        {
            var unknown = types.Where(t => allTypes.All(d => d.Name != t)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"Unknown content type(s): {string.Join(", ", unknown)}.");
            }
        }

        var chosen = types is { Count: > 0 } ? allTypes.Where(t => types.Contains(t.Name)).ToList() : allTypes.ToList();
        var partNames = chosen.SelectMany(t => t.ContentTypePartDefinitionRecords.Select(p => p.PartName)).ToHashSet();
        var parts = (await definitions.ListPartsAsync(cancellationToken)).Where(p => partNames.Contains(p.Name)).ToList();

        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = ContentSerializer.ToNodeArray(chosen),
                ["ContentParts"] = ContentSerializer.ToNodeArray(parts),
            },
        };

        if (definitionsOnly)
        {
            return Recipe(steps);
        }

        var typeNames = chosen.Select(t => t.Name).ToList();
        var data = new JsonArray();
        // Published versions first, then newer drafts, so importing them in order ends in the same state.
        var items = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>()
                .Where(i => typeNames.Contains(i.ContentType) && (i.Latest || i.Published))
                .OrderBy(i => i.ContentItemId).ThenByDescending(i => i.Published).ThenBy(i => i.Id),
            cancellationToken);
        foreach (var item in items)
        {
            data.Add(ContentSerializer.ToNode(item));
        }

        steps.Add(new JsonObject { ["name"] = "Content", ["data"] = data });

        if (types is not { Count: > 0 } && await session.GetSingletonAsync<SiteSettings>(cancellationToken) is { } settings)
        {
            var step = new JsonObject
            {
                ["name"] = "Settings",
                ["SiteName"] = settings.SiteName,
                ["TimeZoneId"] = settings.TimeZoneId,
                ["Culture"] = settings.Culture,
                ["PageSize"] = settings.PageSize,
            };
            foreach (var (key, value) in settings.Properties)
            {
                step[key] = value?.DeepClone();
            }

            steps.Add(step);
        }

        return Recipe(steps);
    }

    private static JsonObject Recipe(JsonArray steps)
        => new()
        {
            ["name"] = "export",
            ["displayName"] = "Export",
            ["description"] = $"Exported by SaRaiCms on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
            ["author"] = "SaRaiCms",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
}
