using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Recipes;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.ContentTypes;

/// <summary>On the Sa Rài site: who may manage types, the list of its types, and exporting definitions as a recipe.</summary>
public sealed class ExportAndPermissionTests(SaRaiSite site) : IClassFixture<SaRaiSite>
{
    [Theory]
    [InlineData("/admin/content-types")]
    [InlineData("/admin/content-types/new")]
    [InlineData("/admin/content-types/News")]
    [InlineData("/admin/content-types/News/fields/new?fieldType=TextField")]
    [InlineData("/admin/content-types/News/fields/Lead/remove")]
    [InlineData("/admin/content-types/News/delete")]
    [InlineData("/admin/content-types/export?types=News")]
    public async Task An_editor_gets_403_on_content_type_pages(string path)
    {
        using var editor = await site.SignInAsync("bientap");
        var (response, _) = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_editors_posts_change_nothing_and_the_menu_entry_is_only_for_administrators()
    {
        using var editor = await site.SignInAsync("bientap");
        var before = await site.DefinitionsJsonAsync();
        var (_, own) = await editor.GetAsync("/admin/contents/new/News");
        var token = own.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/admin/content-types/new", new() { ["DisplayName"] = "Loại của biên tập" }),
            ("/admin/content-types/News", new() { ["DisplayName"] = "Tin đã đổi tên" }),
            ("/admin/content-types/News/fields/new", new() { ["FieldType"] = "TextField", ["Name"] = "Extra", ["DisplayName"] = "Thêm" }),
            ("/admin/content-types/News/fields/Lead/remove", new() { ["confirm"] = "yes" }),
            ("/admin/content-types/News/parts/HtmlBodyPart/remove", new() { ["confirm"] = "yes" }),
        };
        foreach (var (url, fields) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            var (response, _) = await editor.PostAsync(url, fields);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(before, await site.DefinitionsJsonAsync());
        var (_, dashboard) = await editor.GetAsync("/admin");
        Assert.Null(dashboard.QuerySelector("a[href='/admin/content-types']"));

        using var admin = await site.SignInAsync();
        (_, dashboard) = await admin.GetAsync("/admin");
        Assert.Equal("Loại nội dung", dashboard.QuerySelector("a[href='/admin/content-types']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_shows_every_type_with_its_technical_name_parts_and_items()
    {
        using var admin = await site.SignInAsync();
        var (response, page) = await admin.GetAsync("/admin/content-types");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = await site.Site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ListTypesAsync());
        Assert.Equal(types.Select(t => t.Name).Order(), page.QuerySelectorAll("tr[data-type]").Select(r => r.GetAttribute("data-type")!).Order());
        var news = page.QuerySelector("tr[data-type=News]")!;
        Assert.Contains("Tin tức", news.TextContent);
        Assert.Contains("Tiêu đề", news.TextContent);
        Assert.True(int.Parse(news.QuerySelector(".count")!.TextContent.Trim()) > 0);
        Assert.NotNull(news.QuerySelector("a[href='/admin/content-types/News']"));

        // Each type's editor lists its own fields.
        var (_, edit) = await admin.GetAsync("/admin/content-types/News");
        Assert.NotNull(edit.QuerySelector("tr[data-field=Lead]"));
        Assert.NotNull(edit.QuerySelector("tr[data-part=HtmlBodyPart]"));
    }

    [Fact]
    public async Task Removing_a_field_of_news_counts_the_published_items()
    {
        using var admin = await site.SignInAsync();
        var (_, page) = await admin.GetAsync("/admin/content-types/News/fields/Byline/remove");
        var expected = await site.Site.InScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<SaRaiCms.Store.IDocumentSession>().Query<ContentItemIndex>().Where(i => i.ContentType == "News" && i.Latest).Count()));
        Assert.Contains($"{expected} mục đang dùng trường này", page.QuerySelector(".usage")!.TextContent);
        Assert.NotNull((await site.PartAsync("News"))!.Fields.SingleOrDefault(f => f.Name == "Byline"));
    }

    [Fact]
    public async Task Export_contains_the_type_definition_and_the_recipe_runs_on_an_empty_site()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Gương điển hình", "GuongDienHinh");
        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "TextField", "Summary", "Tóm tắt", new() { ["Required"] = "true" });
        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "DateField", "AwardedOn", "Ngày tuyên dương");
        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "MediaField", "Photo", "Ảnh");

        var response = await admin.Client.GetAsync("/admin/content-types/export?types=GuongDienHinh,News");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Content.Headers.ContentDisposition?.FileName);
        var json = await response.Content.ReadAsStringAsync();
        var steps = JsonNode.Parse(json)!["steps"]!.AsArray();
        var step = Assert.Single(steps);
        Assert.Equal("ContentDefinition", step!["name"]!.GetValue<string>());
        Assert.Equal(["GuongDienHinh", "News"], step["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()).Order());
        var part = step["ContentParts"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "GuongDienHinh")!;
        Assert.Equal(["Summary", "AwardedOn", "Photo"], part["ContentPartFieldDefinitionRecords"]!.AsArray().Select(f => f!["Name"]!.GetValue<string>()));

        var sourceType = ContentSerializer.Serialize((await site.TypeAsync("GuongDienHinh"))!);
        var sourcePart = ContentSerializer.Serialize((await site.PartAsync("GuongDienHinh"))!);

        await using var empty = new SiteFactory(setupRecipe: "");
        await empty.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, new Dictionary<string, string>());
            Assert.Empty(result.Warnings);
        });
        var (type, importedPart) = await empty.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            return (await definitions.GetTypeAsync("GuongDienHinh"), await definitions.GetPartAsync("GuongDienHinh"));
        });
        Assert.Equal(sourceType, ContentSerializer.Serialize(type!));
        Assert.Equal(sourcePart, ContentSerializer.Serialize(importedPart!));

        // The imported type works there: its editor opens.
        using var emptyAdmin = new Browser(empty);
        await emptyAdmin.SignInAsync("admin", SiteFactory.AdminPassword);
        var (editor, page) = await emptyAdmin.GetAsync("/admin/contents/new/GuongDienHinh");
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.NotNull(page.QuerySelector("[name='GuongDienHinh.Summary.Text']"));
    }

    [Fact]
    public async Task Exporting_an_unknown_type_says_so()
    {
        using var admin = await site.SignInAsync();
        var (response, _) = await admin.GetAsync("/admin/content-types/export?types=KhongCo");
        Assert.Equal("/admin/content-types", Browser.RedirectTarget(response));
        var (_, page) = await admin.GetAsync("/admin/content-types");
        Assert.Contains("Không có loại nội dung: KhongCo", page.Body!.TextContent);
    }
}
