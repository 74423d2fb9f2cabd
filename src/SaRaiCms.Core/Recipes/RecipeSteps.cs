using System.Text.Json.Nodes;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Recipes;

/// <summary>"Feature": enables and disables modules; Orchard feature ids map to the module that stands for them, others are reported.</summary>
public sealed class FeatureStep(IFeatureManager features, ModuleCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "Feature";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var enable = Resolve(context, "enable");
        var disable = Resolve(context, "disable");
        if (disable.Count > 0)
        {
            await features.DisableAsync(disable, context.CancellationToken);
        }

        if (enable.Count > 0)
        {
            await features.EnableAsync(enable, context.CancellationToken);
        }
    }

    private List<string> Resolve(RecipeStepContext context, string key)
    {
        var result = new List<string>();
        foreach (var id in (context.Step[key] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>())
        {
            var module = catalog.FindByFeatureId(id);
            if (module is null)
            {
                context.Warnings.Add($"feature '{id}' has no SaRaiCms module; skipped.");
            }
            else if (!result.Contains(module.Id))
            {
                result.Add(module.Id);
            }
        }

        return result;
    }
}

/// <summary>
/// "ContentDefinition": merges types and parts into the site's definitions (never deletes). Merged
/// settings are read into their classes, so a value they cannot take fails the recipe here, naming
/// the type, part or field, and named values are stored by name as Orchard writes them.
/// </summary>
public sealed class ContentDefinitionStep(IContentDefinitionManager definitions, IDefinitionSettingsNormalizer normalizer) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context)
        => definitions.AlterAsync(document =>
        {
            var types = context.Step["ContentTypes"] as JsonArray ?? [];
            for (var i = 0; i < types.Count; i++)
            {
                var source = types[i] as JsonObject ?? throw context.Error("a content type must be an object.", $"ContentTypes #{i + 1}");
                var name = Text(source, "Name") ?? throw context.Error("a content type needs a Name.", $"ContentTypes #{i + 1}");
                var type = document.ContentTypes.FirstOrDefault(t => t.Name == name);
                if (type is null)
                {
                    type = new ContentTypeDefinition { Name = name, DisplayName = name };
                    document.ContentTypes.Add(type);
                }

                type.DisplayName = Text(source, "DisplayName") ?? type.DisplayName;
                MergeSettings(context, type, source, $"type '{name}'");
                foreach (var record in (source["ContentTypePartDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var partName = Text(record, "PartName") ?? throw context.Error("a part record needs a PartName.", $"'{name}'");
                    var attachName = Text(record, "Name") ?? partName;
                    var part = type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == attachName);
                    if (part is null)
                    {
                        part = new ContentTypePartDefinition { PartName = partName, Name = attachName };
                        type.ContentTypePartDefinitionRecords.Add(part);
                    }

                    part.PartName = partName;
                    MergeSettings(context, part, record, $"type '{name}', part '{attachName}'");
                }
            }

            var parts = context.Step["ContentParts"] as JsonArray ?? [];
            for (var i = 0; i < parts.Count; i++)
            {
                var source = parts[i] as JsonObject ?? throw context.Error("a content part must be an object.", $"ContentParts #{i + 1}");
                var name = Text(source, "Name") ?? throw context.Error("a content part needs a Name.", $"ContentParts #{i + 1}");
                var part = document.ContentParts.FirstOrDefault(p => p.Name == name);
                if (part is null)
                {
                    part = new ContentPartDefinition { Name = name };
                    document.ContentParts.Add(part);
                }

                MergeSettings(context, part, source, $"part '{name}'");
                foreach (var record in (source["ContentPartFieldDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var fieldType = Text(record, "FieldName") ?? throw context.Error("a field record needs a FieldName.", $"'{name}'");
                    var fieldName = Text(record, "Name") ?? throw context.Error("a field record needs a Name.", $"'{name}'");
                    var field = part.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == fieldName);
                    if (field is null)
                    {
                        field = new ContentPartFieldDefinition { Name = fieldName, FieldName = fieldType };
                        part.ContentPartFieldDefinitionRecords.Add(field);
                    }

                    field.FieldName = fieldType;
                    MergeSettings(context, field, record, $"part '{name}', field '{fieldName}'");
                }
            }
        }, context.CancellationToken);

    private static string? Text(JsonObject obj, string key)
        => obj[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    private void MergeSettings(RecipeStepContext context, DefinitionWithSettings target, JsonObject source, string where)
    {
        if (source["Settings"] is not JsonObject settings)
        {
            return;
        }

        ContentDefinitionManager.MergeSettings(target.Settings, settings);
        try
        {
            normalizer.Normalize(target.Settings);
        }
        catch (DefinitionSettingsException e)
        {
            throw context.Error(e.Message, where);
        }
    }
}

/// <summary>"Content": imports content items in their stored JSON shape.</summary>
public sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string StepName => "Content";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var data = context.Step["data"] as JsonArray ?? context.Step["Data"] as JsonArray
                   ?? throw context.Error("the step has no \"data\" array.");
        for (var i = 0; i < data.Count; i++)
        {
            var label = data[i] is JsonObject o && o["ContentItemId"] is JsonValue v && v.TryGetValue<string>(out var id) ? $"'{id}'" : $"#{i + 1}";
            if (data[i] is not JsonObject json)
            {
                throw context.Error("a content item must be a JSON object.", label);
            }

            ContentItem item;
            try
            {
                item = ContentItemJsonConverter.FromJson(json, ContentSerializer.Options);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                throw context.Error($"the item is not a valid content item: {ex.Message}", label);
            }

            if (string.IsNullOrEmpty(item.ContentType))
            {
                throw context.Error("the item has no ContentType.", label);
            }

            if (await definitions.GetTypeAsync(item.ContentType, context.CancellationToken) is null)
            {
                throw context.Error($"unknown content type '{item.ContentType}'; define it in a ContentDefinition step first.", label);
            }

            try
            {
                await contentManager.ImportAsync(item, context.CancellationToken);
            }
            catch (ContentValidationException ex)
            {
                throw context.Error($"the item is not valid: {ex.Message}", label);
            }
        }
    }
}

/// <summary>"Roles": creates or updates roles with their permissions.</summary>
public sealed class RolesStep(
    IDocumentSession session,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache,
    ISiteAccessor site,
    IEnumerable<Security.SecurityEventHandler> securityEvents) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var document = await session.GetSingletonAsync<RolesDocument>(context.CancellationToken) ?? new RolesDocument();
        foreach (var source in (context.Step["Roles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = source["Name"]?.GetValue<string>() ?? throw context.Error("a role needs a Name.");
            var role = document.Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                role = new RoleRecord { Name = name };
                document.Roles.Add(role);
            }

            role.Description = source["Description"]?.GetValue<string>() ?? role.Description;
            if (source["Permissions"] is JsonArray permissions)
            {
                var before = role.Permissions;
                role.Permissions = permissions.Select(p => p?.GetValue<string>()).OfType<string>().Distinct().ToList();
                if (!before.ToHashSet(StringComparer.Ordinal).SetEquals(role.Permissions))
                {
                    var change = new Security.RolePermissionsEvent(role.Name, before, role.Permissions.ToList());
                    foreach (var handler in securityEvents)
                    {
                        await handler.RolePermissionsChangedAsync(change, context.CancellationToken);
                    }
                }
            }
        }

        session.Save(document);
        session.AfterCommit(() => cache.Remove(Security.PermissionChecker.CacheKey(site.Current)));
    }
}

/// <summary>"Settings": site name, time zone, culture, page size, home route; other keys are kept for their modules.</summary>
public sealed class SettingsStep(IDocumentSession session) : IRecipeStepHandler
{
    public string StepName => "Settings";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var settings = await session.GetSingletonAsync<SiteSettings>(context.CancellationToken) ?? new SiteSettings();
        foreach (var (key, value) in context.Step)
        {
            switch (key)
            {
                case "name":
                    break;
                case "SiteName":
                    settings.SiteName = value?.GetValue<string>() ?? settings.SiteName;
                    break;
                case "TimeZoneId" or "TimeZone":
                    var zone = value?.GetValue<string>() ?? settings.TimeZoneId;
                    if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                    {
                        throw context.Error($"unknown time zone '{zone}'.");
                    }

                    settings.TimeZoneId = zone;
                    break;
                case "Culture":
                    settings.Culture = value?.GetValue<string>() ?? settings.Culture;
                    break;
                case "PageSize":
                    settings.PageSize = value?.GetValue<int>() is > 0 and <= 200 and var size ? size : throw context.Error("PageSize must be between 1 and 200.");
                    break;
                case "HomeRoute" when value is JsonValue:
                    settings.HomeRoute = value.GetValue<string>();
                    break;
                default:
                    settings.Properties[key] = value?.DeepClone();
                    break;
            }
        }

        session.Save(settings);
    }
}
