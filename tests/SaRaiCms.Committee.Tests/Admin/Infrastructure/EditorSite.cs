using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Tests.Infrastructure;
using SaRaiCms.Display;

namespace SaRaiCms.Committee.Tests.Admin.Infrastructure;

/// <summary>
/// The Sa Rài site (setup recipe "sarai") for the editor tests. An editor run renders the
/// item's whole editor with the real views, reads the form fields out of the HTML as a browser
/// would post them, lets the test change some, and applies them through
/// <see cref="IContentDisplayManager.UpdateEditorAsync"/> with MVC's own model binding.
/// Tests that save work on items they create, so the recipe's items stay as shipped.
/// </summary>
public sealed class EditorSite : IAsyncLifetime
{
    public const string EditorUser = "bientapvien";
    public const string EditorPassword = "Bien-tap-vien-2023!";

    private static readonly HtmlParser Parser = new();

    public SiteFactory Factory { get; } = new(setupRecipe: "sarai");

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        await Factory.CreateUserAsync(EditorUser, EditorPassword, "Editor");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Opens a stored item's editor, changes the fields <paramref name="change"/> asks for, and posts it; saves when valid and <paramref name="save"/>.</summary>
    public Task<EditorRun> EditAsync(string contentItemId, Action<Dictionary<string, string>> change, bool save = false)
        => Factory.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest)
                       ?? throw new InvalidOperationException($"No item {contentItemId}.");
            return await RunAsync(sp, item, change, save, create: false);
        });

    /// <summary>Opens a new item's editor, fills it in and posts it; creates the item (published) when valid.</summary>
    public Task<EditorRun> CreateAsync(string contentType, Action<Dictionary<string, string>> fill)
        => Factory.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().NewAsync(contentType);
            return await RunAsync(sp, item, fill, save: true, create: true);
        });

    /// <summary>The editor of a stored item as HTML, without posting.</summary>
    public Task<(ContentShape Shape, string Html)> EditorAsync(string contentItemId)
        => Factory.InScopeAsync(async sp =>
        {
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest))!.Clone();
            var shape = await sp.GetRequiredService<IContentDisplayManager>().BuildEditorAsync(item);
            return (shape, await ContentShapeRenderer.RenderAsync(sp, shape, new ModelStateDictionary()));
        });

    public Task<ContentItem> LoadAsync(string contentItemId)
        => Factory.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest))
                                          ?? throw new InvalidOperationException($"No item {contentItemId}."));

    private static async Task<EditorRun> RunAsync(IServiceProvider sp, ContentItem item, Action<Dictionary<string, string>> change, bool save, bool create)
    {
        var display = sp.GetRequiredService<IContentDisplayManager>();
        var manager = sp.GetRequiredService<IContentManager>();
        var fields = Fields(await ContentShapeRenderer.RenderAsync(sp, await display.BuildEditorAsync(item), new ModelStateDictionary()));
        change(fields);
        var updater = new FormUpdateModel(sp, fields);
        var before = item.Clone();
        var shape = await display.UpdateEditorAsync(item, updater);
        var html = await ContentShapeRenderer.RenderAsync(sp, shape, updater.ModelState);
        if (save && updater.ModelState.IsValid)
        {
            if (create)
            {
                await manager.CreateAsync(item, VersionOptions.Published);
            }
            else
            {
                await manager.UpdateAsync(item);
            }

            await manager.SaveChangesAsync();
        }

        return new EditorRun(before, item, updater.ModelState, shape, html);
    }

    /// <summary>What a browser posts from the editor's form (selects post their selected option; multiple selects post Key[0], Key[1]…).</summary>
    public static Dictionary<string, string> Fields(string html)
    {
        var document = Parser.ParseDocument("<form>" + html + "</form>");
        var form = document.QuerySelector<IHtmlFormElement>("form")!;
        var fields = Browser.Fields(form);
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[multiple][name]"))
        {
            fields.Remove(select.Name!);
            var index = 0;
            foreach (var option in select.Options.Where(o => o.IsSelected))
            {
                fields[$"{select.Name}[{index++}]"] = option.Value;
            }
        }

        return fields;
    }
}

/// <summary>What an editor post left: the item before and after, the messages, the re-rendered editor.</summary>
public sealed record EditorRun(ContentItem Before, ContentItem Item, ModelStateDictionary ModelState, ContentShape Shape, string Html)
{
    public IReadOnlyList<string> Errors(string key)
        => ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    public IReadOnlyList<string> ErrorKeys => ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();

    public TModel Model<TModel>() where TModel : class
        => Shape.Zones.Values.SelectMany(z => z).Select(s => s.Model).OfType<TModel>().Single();
}

[CollectionDefinition(Name)]
public sealed class EditorSiteCollection : ICollectionFixture<EditorSite>
{
    public const string Name = "Committee editors";
}
