using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Recipes;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Infrastructure;

/// <summary>
/// One host for the whole test collection, set up with TestData/showcase.recipe.json. Tests
/// only read the store: driver runs work on copies of the items and are never saved.
/// </summary>
public sealed class ContentsSite : IAsyncLifetime
{
    public const string ShowcaseId = "showcase000000000000000001";
    public const string TopicsId = "topics00000000000000000001";
    public const string Post1 = "post0000000000000000000001";
    public const string Post2 = "post0000000000000000000002";
    public const string Post3 = "post0000000000000000000003";
    public const string DraftPost = "post0000000000000000000004";
    public const string Economy = "termeconomy00000000000001";
    public const string Social = "termsocial000000000000001";
    public const string Health = "termhealth000000000000001";
    public const string LocalTerm = "termlocal0000000000000001";

    private static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["AdminUserId"] = "4admin0000000000000000000a",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Sa Rài",
    };

    public SiteFactory Factory { get; } = new SiteFactory().WithoutTheme();

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "showcase.recipe.json"));
        await Factory.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, Parameters));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Task<ContentItem> LoadAsync(string contentItemId)
        => Factory.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest))?.Clone()
                                          ?? throw new InvalidOperationException($"No item {contentItemId}."));

    /// <summary>Posts <paramref name="form"/> to one field's driver, on a copy of the stored item.</summary>
    public Task<DriverRun> UpdateFieldAsync(string contentItemId, string partName, string fieldName, IReadOnlyDictionary<string, string> form)
        => RunFieldAsync(contentItemId, partName, fieldName, (driver, context, sp) =>
        {
            var updater = new FormUpdateModel(sp, form);
            return (driver.UpdateAsync(context, updater), updater.ModelState);
        });

    /// <summary>One field's editor shapes for the stored item.</summary>
    public Task<DriverRun> EditFieldAsync(string contentItemId, string partName, string fieldName)
        => RunFieldAsync(contentItemId, partName, fieldName, (driver, context, _) => (driver.EditAsync(context), new ModelStateDictionary()));

    /// <summary>One field's display shapes for the stored item.</summary>
    public Task<DriverRun> DisplayFieldAsync(string contentItemId, string partName, string fieldName)
        => RunFieldAsync(contentItemId, partName, fieldName, (driver, context, _) => (driver.DisplayAsync(context), new ModelStateDictionary()));

    /// <summary>Posts <paramref name="form"/> to one part's driver (by attachment name), on a copy of the stored item.</summary>
    public Task<DriverRun> UpdatePartAsync(string contentItemId, string partName, IReadOnlyDictionary<string, string> form)
        => RunPartAsync(contentItemId, partName, "Edit", (driver, context, sp) =>
        {
            var updater = new FormUpdateModel(sp, form);
            return (driver.UpdateAsync(context, updater), updater.ModelState);
        });

    public Task<DriverRun> EditPartAsync(string contentItemId, string partName)
        => RunPartAsync(contentItemId, partName, "Edit", (driver, context, _) => (driver.EditAsync(context), new ModelStateDictionary()));

    public Task<DriverRun> DisplayPartAsync(string contentItemId, string partName, string displayType = "Detail")
        => RunPartAsync(contentItemId, partName, displayType, (driver, context, _) => (driver.DisplayAsync(context), new ModelStateDictionary()));

    /// <summary>
    /// The whole editor of a stored item rendered by the real Razor views (Content_Edit and each
    /// part's and field's _Edit view). With <paramref name="form"/>, the form is applied first
    /// through the display manager and its messages are rendered next to the inputs.
    /// </summary>
    public Task<string> RenderEditorAsync(string contentItemId, IReadOnlyDictionary<string, string>? form = null)
        => Factory.InScopeAsync(async sp =>
        {
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest))!.Clone();
            var display = sp.GetRequiredService<IContentDisplayManager>();
            var modelState = new ModelStateDictionary();
            ContentShape shape;
            if (form is null)
            {
                shape = await display.BuildEditorAsync(item);
            }
            else
            {
                var updater = new FormUpdateModel(sp, form);
                shape = await display.UpdateEditorAsync(item, updater);
                modelState = updater.ModelState;
            }

            return await ContentShapeRenderer.RenderAsync(sp, shape, modelState);
        });

    private Task<DriverRun> RunFieldAsync(
        string contentItemId, string partName, string fieldName,
        Func<IContentFieldDisplayDriver, FieldContext, IServiceProvider, (Task<IEnumerable<ShapeResult>> Shapes, ModelStateDictionary State)> action)
        => Factory.InScopeAsync(async sp =>
        {
            var (item, type, typePart, partDefinition) = await ResolveAsync(sp, contentItemId, partName);
            var field = partDefinition?.Fields.FirstOrDefault(f => f.Name == fieldName)
                        ?? throw new InvalidOperationException($"No field {partName}.{fieldName}.");
            var driver = sp.GetServices<IContentFieldDisplayDriver>().Last(d => d.FieldType == field.FieldName);
            var context = new FieldContext(new PartContext(new BuildContext(item, type, "Edit", sp, CancellationToken.None), typePart, partDefinition, 1), field, 1.01);
            var (shapes, state) = action(driver, context, sp);
            return new DriverRun(item, state, (await shapes).ToList());
        });

    private Task<DriverRun> RunPartAsync(
        string contentItemId, string partName, string displayType,
        Func<IContentPartDisplayDriver, PartContext, IServiceProvider, (Task<IEnumerable<ShapeResult>> Shapes, ModelStateDictionary State)> action)
        => Factory.InScopeAsync(async sp =>
        {
            var (item, type, typePart, partDefinition) = await ResolveAsync(sp, contentItemId, partName);
            var driver = sp.GetServices<IContentPartDisplayDriver>().Last(d => d.PartType == typePart.PartName);
            var context = new PartContext(new BuildContext(item, type, displayType, sp, CancellationToken.None), typePart, partDefinition, 1);
            var (shapes, state) = action(driver, context, sp);
            return new DriverRun(item, state, (await shapes).ToList());
        });

    private static async Task<(ContentItem Item, ContentTypeDefinition Type, ContentTypePartDefinition TypePart, ContentPartDefinition? Part)> ResolveAsync(
        IServiceProvider sp, string contentItemId, string partName)
    {
        var item = (await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest))?.Clone()
                   ?? throw new InvalidOperationException($"No item {contentItemId}.");
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var type = (await definitions.GetTypeAsync(item.ContentType))!;
        var typePart = type.Parts.FirstOrDefault(p => p.Name == partName) ?? throw new InvalidOperationException($"No part {partName} on {item.ContentType}.");
        return (item, type, typePart, await definitions.GetPartAsync(typePart.PartName));
    }
}

/// <summary>What a driver call left behind: the (copied) item, the model state and the shapes it returned.</summary>
public sealed record DriverRun(ContentItem Item, ModelStateDictionary ModelState, IReadOnlyList<ShapeResult> Shapes)
{
    public T Field<T>(string partName, string fieldName) where T : ContentField, new()
        => Item.Get<ContentPart>(partName)?.Get<T>(fieldName) ?? new T();

    public IReadOnlyList<string> Errors(string key)
        => ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    /// <summary>Keys with errors, for assertions that nothing else was flagged.</summary>
    public IReadOnlyList<string> ErrorKeys => ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();

    public TModel Model<TModel>() where TModel : class => Assert.IsType<TModel>(Assert.Single(Shapes).Model);
}

[CollectionDefinition(Name)]
public sealed class ContentsSiteCollection : ICollectionFixture<ContentsSite>
{
    public const string Name = "Contents site";
}

public static class Form
{
    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
