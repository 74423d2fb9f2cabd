using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Recipes;
using SaRaiCms.Tests.Infrastructure;

namespace SaRaiCms.Tests.Recipes;

public sealed class RecipeTests
{
    private static string TestData(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static async Task<SiteFactory> StartAsync(StoreProvider? provider = null)
    {
        var site = new SiteFactory(provider);
        _ = site.Server;
        await Task.CompletedTask;
        return site;
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Orchard_field_test_recipe_runs_and_every_field_reads_back_typed(StoreProvider provider)
    {
        await using var site = await StartAsync(provider);
        var json = await File.ReadAllTextAsync(Path.Combine(RecipeTestExtensions.SharedFolder, "interop", "fieldTest.recipe.json"));
        var result = await site.RunRecipeAsync(json);
        Assert.Equal("fieldTest", result.Name);

        await site.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().GetAsync("testId1", VersionOptions.Published);
            Assert.NotNull(item);
            Assert.Equal(RecipeTestExtensions.Parameters["AdminUserId"], item.Owner);
            Assert.Equal("admin", item.Author);
            var part = item.Get<ContentPart>("Message")!;
            Assert.Equal("TextFieldTestValue", part.Get<TextField>("TextFieldTest")!.Text);
            Assert.Equal(["MultiTextFieldValue1", "MultiTextFieldValue2"], part.Get<MultiTextField>("MultiTextFieldTest")!.Values);
            Assert.Equal("HtmlFieldTestValue", part.Get<HtmlField>("HtmlFieldTest")!.Html);
            Assert.Equal(["Path1", "Path2"], part.Get<MediaField>("MediaFieldTest")!.Paths);
            Assert.True(part.Get<BooleanField>("BooleanFieldTest")!.Value);
            Assert.Equal(new TimeSpan(12, 5, 0), part.Get<TimeField>("TimeFieldTest")!.Value);
            Assert.Equal(new DateTime(2024, 5, 5, 22, 50, 58), part.Get<DateTimeField>("DateTimeFieldTest")!.Value);
            Assert.Equal(new DateTime(2024, 5, 5), part.Get<DateField>("DateFieldTest")!.Value);
            Assert.Equal(123m, part.Get<NumericField>("NumericFieldTest")!.Value);
            Assert.Equal(["testContentItemId"], part.Get<ContentPickerField>("ContentPickerFieldTest")!.ContentItemIds);
            Assert.Equal(["TestUserID"], part.Get<UserPickerField>("UserPickerFieldTest")!.UserIds);

            var type = await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Message");
            Assert.True(type!.TypeSettings.Draftable);
            Assert.Equal("5", type.ContentTypePartDefinitionRecords.Single(p => p.Name == "Message").GetSettings<ContentTypePartSettings>().Position);
        });
    }

    [Fact]
    public async Task Variables_are_evaluated_once_and_other_macros_work()
    {
        await using var site = await StartAsync();
        const string recipe = """
            {
              "name": "macros",
              "variables": { "id": "[js: uuid()]" },
              "steps": [
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" }, { "PartName": "Note" } ] } ],
                  "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "A" }, { "FieldName": "TextField", "Name": "B" }, { "FieldName": "TextField", "Name": "C" } ] } ] },
                { "name": "Content", "data": [ {
                    "ContentItemId": "[js: variables('id')]", "ContentType": "Note", "Latest": true, "Published": true,
                    "TitlePart": { "Title": "[js: base64('VGjDtG5nIGLDoW8=')]" },
                    "Note": { "A": { "Text": "[js: variables('id')]" }, "B": { "Text": "[js: configuration('Missing:Key', 'mặc định')]" }, "C": { "Text": "[js: parameters('SiteName')]" } }
                } ] }
              ]
            }
            """;
        await site.RunRecipeAsync(recipe);
        await site.InScopeAsync(async sp =>
        {
            var index = sp.GetRequiredService<SaRaiCms.Store.IDocumentSession>().Query<ContentItemIndex>().Single(i => i.ContentType == "Note");
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(index.ContentItemId, VersionOptions.Published))!;
            Assert.Equal(26, item.ContentItemId.Length);
            Assert.Equal(item.ContentItemId, item.Get<ContentPart>("Note")!.Get<TextField>("A")!.Text);
            Assert.Equal("mặc định", item.Get<ContentPart>("Note")!.Get<TextField>("B")!.Text);
            Assert.Equal("Default", item.Get<ContentPart>("Note")!.Get<TextField>("C")!.Text);
            Assert.Equal("Thông báo", item.DisplayText);
        });
    }

    public static TheoryData<string, string[]> BadRecipes => new()
    {
        {
            """{ "name": "broken", "steps": [ { "name": "Content", "data": [ { "ContentType": "Notice" ] } ] }""",
            ["not valid JSON", "line 1"]
        },
        {
            """{ "name": "x", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok" } ] }, { "name": "Workflows" } ] }""",
            ["step 2 ('Workflows')", "unknown step"]
        },
        {
            """
            { "name": "x", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok", "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "itemwithfile", "ContentType": "Ok", "HtmlBodyPart": { "Html": "[file:text('body.html')]" } } ] } ] }
            """,
            ["step 2 ('Content')", "item 'itemwithfile'", "[file:text('body.html')]", "not supported"]
        },
        {
            """
            { "name": "x", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok" } ] },
              { "name": "Content", "data": [ { "ContentItemId": "jsitem", "ContentType": "Ok", "DisplayText": "[js: shell('rm -rf /')]" } ] } ] }
            """,
            ["step 2 ('Content')", "item 'jsitem'", "shell"]
        },
        {
            """
            { "name": "x", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok" } ] },
              { "name": "Content", "data": [ { "ContentItemId": "good1", "ContentType": "Ok" }, { "ContentItemId": "ghost", "ContentType": "NoSuchType" } ] } ] }
            """,
            ["step 2 ('Content')", "item 'ghost'", "unknown content type 'NoSuchType'"]
        },
        {
            """
            { "name": "x", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok" } ] },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Fruit", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "Banana" } } } ] } ] } ] }
            """,
            ["step 2 ('ContentDefinition')", "type 'Fruit', part 'TitlePart'", "TitlePartSettings.Options", "\"Banana\"", "EditableRequired"]
        },
        {
            """
            { "name": "x", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Ok" } ],
                "ContentParts": [ { "Name": "Ok", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "NumericField", "Name": "Count", "Settings": { "NumericFieldSettings": { "Scale": "many" } } } ] } ] } ] }
            """,
            ["step 1 ('ContentDefinition')", "part 'Ok', field 'Count'", "NumericFieldSettings.Scale"]
        },
    };

    [Theory]
    [MemberData(nameof(BadRecipes))]
    public async Task A_bad_recipe_names_the_step_and_item_and_changes_nothing(string recipe, string[] expected)
    {
        await using var site = await StartAsync();
        await site.RunRecipeAsync(TestData("notice.recipe.json"));
        var before = await StoreFingerprint.OfAsync(site);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunRecipeAsync(recipe));
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, error.Message);
        }

        Assert.Equal(before, await StoreFingerprint.OfAsync(site));
        // Definitions are cached: the cache must not keep what the failed recipe did.
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Ok")));
    }

    [Fact]
    public async Task Recipe_with_comments_and_trailing_commas_defines_a_type_whose_items_are_served_at_their_paths()
    {
        await using var site = await StartAsync();
        await site.RunRecipeAsync(TestData("notice.recipe.json"));
        var client = site.CreateClient();

        var page = await client.GetStringAsync("/thong-bao/lich-tiep-cong-dan-thang-7");
        Assert.Contains("Lịch tiếp công dân tháng 7", page);
        Assert.Contains("Hội trường Đảng ủy", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/thong-bao/ban-nhap")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/khong-co-trang-nay")).StatusCode);

        var home = await client.GetStringAsync("/");
        Assert.Contains("Họp chi bộ khóm 1", home);
        Assert.DoesNotContain("Bản nháp chưa công bố", home);
    }
}
