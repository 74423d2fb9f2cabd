using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.ContentTypes;

/// <summary>One site for a test class and the admin forms the tests drive (each test uses its own type names).</summary>
public abstract class TypeEditorSite(string setupRecipe) : IAsyncLifetime
{
    public const string Password = "Editor-Passw0rd";

    public SiteFactory Site { get; } = new(setupRecipe: setupRecipe);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public Task<Browser> SignInAsync(string userName = "admin")
        => Browser.SignedInAsync(Site, userName, userName == "admin" ? SiteFactory.AdminPassword : Password);

    public Task<ContentTypeDefinition?> TypeAsync(string name)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(name));

    public Task<ContentPartDefinition?> PartAsync(string name)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetPartAsync(name));

    public Task<string> DefinitionsJsonAsync()
        => Site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            return ContentSerializer.Serialize(new { Types = await definitions.ListTypesAsync(), Parts = await definitions.ListPartsAsync() });
        });

    public Task<ContentItem?> LatestAsync(string contentItemId)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest));

    /// <summary>Creates a type through the create form (title and route attached by default) and checks the redirect to its editor.</summary>
    public static async Task CreateTypeAsync(Browser browser, string displayName, string? name = null)
    {
        var values = new Dictionary<string, string> { ["DisplayName"] = displayName };
        if (name is not null)
        {
            values["Name"] = name;
        }

        var (response, page) = await browser.SubmitAsync("/admin/content-types/new", "form.content-type-create", values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".validation-summary")?.TextContent);
        Assert.StartsWith("/admin/content-types/", Browser.RedirectTarget(response));
    }

    /// <summary>Adds a field through the form; <paramref name="settings"/> maps a setting's property name to its text, or "true"/"false" to tick or untick it.</summary>
    public static async Task AddFieldAsync(Browser browser, string type, string fieldType, string name, string displayName, Dictionary<string, string>? settings = null)
    {
        var url = $"/admin/content-types/{type}/fields/new?fieldType={fieldType}";
        var values = new Dictionary<string, string> { ["Name"] = name, ["DisplayName"] = displayName };
        foreach (var (key, value) in await SettingFieldsAsync(browser, url, settings))
        {
            values[key] = value;
        }

        var (response, page) = await browser.SubmitAsync(url, "form.field-edit", values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {page.QuerySelector(".validation-summary")?.TextContent ?? page.Body?.TextContent}");
        Assert.Equal($"/admin/content-types/{type}", Browser.RedirectTarget(response));
    }

    /// <summary>Form keys (Settings[i].Value or .Checked) for settings named by property, read from the form's hidden Name inputs.</summary>
    public static async Task<Dictionary<string, string>> SettingFieldsAsync(Browser browser, string url, Dictionary<string, string>? settings)
    {
        var result = new Dictionary<string, string>();
        if (settings is null)
        {
            return result;
        }

        var (_, page) = await browser.GetAsync(url);
        foreach (var (property, value) in settings)
        {
            var hidden = page.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").FirstOrDefault(i => i.Name!.StartsWith("Settings[") && i.Value == property)
                         ?? throw new InvalidOperationException($"{url} has no setting {property}.");
            var prefix = hidden.Name![..^".Name".Length];
            result[value is "true" or "false" ? prefix + ".Checked" : prefix + ".Value"] = value;
        }

        return result;
    }

    /// <summary>The messages shown next to the form's fields.</summary>
    public static string Errors(AngleSharp.Html.Dom.IHtmlDocument page)
        => string.Join(" | ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    /// <summary>Creates and publishes an item through the Contents editor; returns its id.</summary>
    public static async Task<string> PublishItemAsync(Browser browser, string type, Dictionary<string, string> fields)
    {
        var (response, page) = await browser.SubmitAsync($"/admin/contents/new/{type}", "form.content-edit", fields, "submitAction", "publish");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {page.QuerySelector(".validation-summary")?.TextContent}");
        return Browser.RedirectTarget(response)!.Split('/')[3];
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

public sealed class EmptySite() : TypeEditorSite("");

/// <summary>The Sa Rài site with an editor (who may not manage types).</summary>
public sealed class SaRaiSite() : TypeEditorSite("sarai")
{
    public override Task InitializeAsync() => Site.CreateUserAsync("bientap", Password, SaRaiCms.Security.StandardRoles.Editor);
}
