using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;
using SaRaiCms.Recipes;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Tests.ContentTypes;

/// <summary>Part settings in Orchard Core's vocabulary: TitlePart "Options" by name, from recipes, the type editor, exports and old sites.</summary>
public sealed class OrchardSettingsTests(EmptySite site) : IClassFixture<EmptySite>
{
    // As Orchard Core's recipes write a type (TheBlogTheme, TheAgencyTheme): settings keyed by class, enums by name.
    private const string TypeRecipe = """
        { "name": "orchard-settings", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ {
            "Name": "TYPE", "DisplayName": "TYPE",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart",
                "Settings": { "ContentTypePartSettings": { "Position": "0" }, "TitlePartSettings": { "Options": OPTIONS, "RenderTitle": true } } },
              { "PartName": "AutoroutePart", "Name": "AutoroutePart",
                "Settings": { "ContentTypePartSettings": { "Position": "1" },
                              "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "{{ ContentItem.DisplayText | slugify }}", "ShowHomepageOption": false } } } ] } ] } ] }
        """;

    private Task RunAsync(string type, string options)
        => site.Site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>()
            .ExecuteAsync(TypeRecipe.Replace("TYPE", type).Replace("OPTIONS", options), new Dictionary<string, string>()));

    private async Task<JsonNode?> StoredOptionsAsync(string type)
        => (await site.TypeAsync(type))!.Parts.Single(p => p.Name == "TitlePart").Settings["TitlePartSettings"]!["Options"];

    [Fact]
    public async Task A_recipe_with_named_options_runs_its_editor_refuses_an_empty_title_and_export_writes_the_name()
    {
        await RunAsync("BanTin", "\"EditableRequired\"");
        Assert.Equal("EditableRequired", (await StoredOptionsAsync("BanTin"))!.GetValue<string>());

        using var admin = await site.SignInAsync();
        var (response, page) = await admin.GetAsync("/admin/contents/new/BanTin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='TitlePart.Title']")!.IsRequired);

        (response, page) = await admin.SubmitAsync("/admin/contents/new/BanTin", "form.content-edit",
            new Dictionary<string, string> { ["TitlePart.Title"] = "  " }, "submitAction", "publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tiêu đề là bắt buộc.", TypeEditorSite.Errors(page));
        Assert.NotNull(page.QuerySelector("form.content-edit input[name='TitlePart.Title']"));

        var id = await TypeEditorSite.PublishItemAsync(admin, "BanTin", new() { ["TitlePart.Title"] = "Bản tin tháng 5" });
        Assert.Equal("Bản tin tháng 5", (await site.LatestAsync(id))!.DisplayText);

        var export = JsonNode.Parse(await admin.Client.GetStringAsync("/admin/content-types/export?types=BanTin"))!;
        var title = export["steps"]![0]!["ContentTypes"]![0]!["ContentTypePartDefinitionRecords"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "TitlePart")!;
        Assert.Equal("EditableRequired", title["Settings"]!["TitlePartSettings"]!["Options"]!.GetValue<string>());
        Assert.True(title["Settings"]!["TitlePartSettings"]!["RenderTitle"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Kieu0", "0", "Editable")]
    [InlineData("Kieu1", "1", "GeneratedDisabled")]
    [InlineData("Kieu2", "2", "EditableRequired")] // what SaRaiCms wrote before names
    [InlineData("Kieu3", "3", "EditableRequired")] // Orchard Core's number for it
    [InlineData("KieuChu", "\"editablerequired\"", "EditableRequired")]
    public async Task A_recipe_with_the_old_numeric_form_runs_and_the_value_is_stored_by_name(string type, string options, string stored)
    {
        await RunAsync(type, options);
        Assert.Equal(stored, (await StoredOptionsAsync(type))!.GetValue<string>());

        using var admin = await site.SignInAsync();
        var (response, _) = await admin.GetAsync($"/admin/contents/new/{type}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_type_editor_offers_the_named_options_in_Vietnamese_and_generated_titles_follow_the_pattern()
    {
        await RunAsync("ThongCao", "\"Editable\"");
        using var admin = await site.SignInAsync();
        const string url = "/admin/content-types/ThongCao/parts/TitlePart";
        var (_, page) = await admin.GetAsync(url);
        var select = page.QuerySelector<IHtmlSelectElement>("form.part-settings select")!;
        Assert.Equal(["Editable", "GeneratedDisabled", "GeneratedHidden", "EditableRequired"], select.Options.Select(o => o.Value));
        Assert.Equal("Người soạn tự nhập, bắt buộc", select.Options.Single(o => o.Value == "EditableRequired").Text.Trim());
        Assert.Equal("Editable", select.Value);
        Assert.Equal("Cách nhập tiêu đề", page.QuerySelector($"label[for='{select.Id}']")!.TextContent.Trim());

        // A value that is not in the list is refused and nothing changes.
        var before = await site.DefinitionsJsonAsync();
        var (response, refused) = await admin.SubmitAsync(url, "form.part-settings", new Dictionary<string, string> { [select.Name!] = "Banana" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hãy chọn một giá trị trong danh sách", TypeEditorSite.Errors(refused));
        Assert.Equal(before, await site.DefinitionsJsonAsync());

        var values = await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Pattern"] = "Thông cáo {{ ContentItem.ContentType }}" });
        values[select.Name!] = "GeneratedDisabled";
        (response, _) = await admin.SubmitAsync(url, "form.part-settings", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("GeneratedDisabled", (await StoredOptionsAsync("ThongCao"))!.GetValue<string>());

        // Generated, shown read-only: what the form posts is not the title.
        (_, page) = await admin.GetAsync("/admin/contents/new/ThongCao");
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='TitlePart.Title']")!.IsReadOnly);
        var id = await TypeEditorSite.PublishItemAsync(admin, "ThongCao", new() { ["TitlePart.Title"] = "Gõ tay" });
        Assert.Equal("Thông cáo ThongCao", (await site.LatestAsync(id))!.DisplayText);

        values[select.Name!] = "GeneratedHidden";
        await admin.SubmitAsync(url, "form.part-settings", values);
        (response, page) = await admin.GetAsync("/admin/contents/new/ThongCao");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("input[name='TitlePart.Title']"));
    }

    [Fact]
    public async Task Migration_step_3_rewrites_the_numbers_an_older_site_stored_by_name()
    {
        await RunAsync("CuNhat", "\"Editable\"");
        await RunAsync("CuLa", "\"Editable\"");
        await site.Site.InScopeAsync(async sp =>
        {
            // As SaRaiCms stored them before: 2 for required, and any other number typed in the old form.
            await sp.GetRequiredService<IContentDefinitionManager>().AlterAsync(document =>
            {
                document.ContentTypes.Single(t => t.Name == "CuNhat").Parts.Single(p => p.Name == "TitlePart").Settings["TitlePartSettings"]!["Options"] = 2;
                document.ContentTypes.Single(t => t.Name == "CuLa").Parts.Single(p => p.Name == "TitlePart").Settings["TitlePartSettings"]!["Options"] = 7;
            });
            await sp.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        });
        Assert.Equal(2, (await StoredOptionsAsync("CuNhat"))!.GetValue<int>());

        await site.Site.InScopeAsync(async sp =>
        {
            var step = new ContentsMigration().Steps[2];
            await step(new MigrationContext(null!, sp.GetRequiredService<IContentDefinitionManager>(), sp, CancellationToken.None));
            await sp.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        });

        Assert.Equal("EditableRequired", (await StoredOptionsAsync("CuNhat"))!.GetValue<string>());
        Assert.Equal("Editable", (await StoredOptionsAsync("CuLa"))!.GetValue<string>());
        Assert.True((await site.TypeAsync("CuNhat"))!.Parts.Single(p => p.Name == "TitlePart").GetSettings<TitlePartSettings>().IsRequired);
    }
    [Fact]
    public async Task Link_text_follows_Orchards_LinkTextMode_from_a_recipe()
    {
        const string recipe = """
            { "name": "links", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "LienKet", "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "LienKet", "Name": "LienKet" } ] } ],
              "ContentParts": [ { "Name": "LienKet", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "LinkField", "Name": "Fixed", "Settings": { "LinkFieldSettings": { "LinkTextMode": "Static", "DefaultText": "Xem chi tiết" } } },
                { "FieldName": "LinkField", "Name": "Named", "Settings": { "LinkFieldSettings": { "LinkTextMode": 1 } } },
                { "FieldName": "LinkField", "Name": "Bare", "Settings": { "LinkFieldSettings": { "LinkTextMode": "url" } } } ] } ] } ] }
            """;
        await site.Site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string>()));
        var fields = (await site.PartAsync("LienKet"))!.Fields.ToDictionary(f => f.Name, f => f.Settings["LinkFieldSettings"]!["LinkTextMode"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["Fixed"] = "Static", ["Named"] = "Required", ["Bare"] = "Url" }, fields);

        using var admin = await site.SignInAsync();
        var (_, page) = await admin.GetAsync("/admin/contents/new/LienKet");
        Assert.Null(page.QuerySelector("input[name='LienKet.Fixed.Text']"));
        Assert.Null(page.QuerySelector("input[name='LienKet.Bare.Text']"));
        Assert.NotNull(page.QuerySelector("input[name='LienKet.Named.Text']"));

        var values = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Liên kết",
            ["LienKet.Fixed.Url"] = "/gioi-thieu",
            ["LienKet.Bare.Url"] = "https://tanhong.dongthap.gov.vn/",
            ["LienKet.Named.Url"] = "/lien-he",
        };
        var (response, refused) = await admin.SubmitAsync("/admin/contents/new/LienKet", "form.content-edit", values, "submitAction", "publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Hãy nhập chữ hiển thị của liên kết.", TypeEditorSite.Errors(refused));

        values["LienKet.Named.Text"] = "Liên hệ";
        var id = await TypeEditorSite.PublishItemAsync(admin, "LienKet", values);
        var part = (await site.LatestAsync(id))!.Get<SaRaiCms.ContentManagement.ContentPart>("LienKet")!;
        Assert.Equal("Xem chi tiết", part.Get<LinkField>("Fixed")!.Text);
        Assert.Equal("https://tanhong.dongthap.gov.vn/", part.Get<LinkField>("Bare")!.Text);
        Assert.Equal("Liên hệ", part.Get<LinkField>("Named")!.Text);
    }
}
