using AngleSharp;
using AngleSharp.Dom;
using SaRaiCms.Contents.Tests.Infrastructure;
using static SaRaiCms.Contents.Tests.Infrastructure.ContentsSite;

namespace SaRaiCms.Contents.Tests.Display;

/// <summary>The editors rendered by the module's _Edit views: input names and types a browser posts back to the drivers.</summary>
[Collection(ContentsSiteCollection.Name)]
public sealed class EditorRenderingTests(ContentsSite site)
{
    private static async Task<IDocument> ParseAsync(string html)
        => await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

    private static IElement Input(IDocument editor, string name)
        => editor.QuerySelector($"[name='{name}']") ?? throw new Xunit.Sdk.XunitException($"No input named {name}.");

    [Fact]
    public async Task Showcase_editor_has_an_input_of_the_right_kind_for_every_field()
    {
        var editor = await ParseAsync(await site.RenderEditorAsync(ShowcaseId));

        Assert.Equal("trung-bay", Input(editor, "AutoroutePart.Path").GetAttribute("value"));
        Assert.StartsWith("# Giới thiệu", Input(editor, "MarkdownBodyPart.Markdown").TextContent.TrimStart());

        var population = Input(editor, "Showcase.Population.Value");
        Assert.Equal(("text", "decimal", "1380"), (population.GetAttribute("type"), population.GetAttribute("inputmode"), population.GetAttribute("value")));
        Assert.True(population.HasAttribute("required"));
        Assert.Equal("45,45", Input(editor, "Showcase.Area.Value").GetAttribute("value"));
        Assert.False(Input(editor, "Showcase.Area.Value").HasAttribute("required"));

        var active = editor.QuerySelector("input[type=checkbox][name='Showcase.Active.Value']")!;
        Assert.True(active.HasAttribute("checked"));

        Assert.Equal(("date", "2024-05-19"), TypeAndValue(Input(editor, "Showcase.Day.Value")));
        Assert.Equal(("datetime-local", "2024-05-19T08:30"), TypeAndValue(Input(editor, "Showcase.Start.Value")));
        Assert.Equal(("time", "07:30"), TypeAndValue(Input(editor, "Showcase.At.Value")));

        Assert.Equal("textarea", Input(editor, "Showcase.Notes.Html").LocalName);
        Assert.Equal("textarea", Input(editor, "Showcase.Summary.Markdown").LocalName);
        Assert.Equal("https://sarai.example.vn/", Input(editor, "Showcase.Website.Url").GetAttribute("value"));
        Assert.Equal("_blank", editor.QuerySelector("select[name='Showcase.Website.Target'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Đảng bộ\nSa Rài", Input(editor, "Showcase.Tags.Text").TextContent.Trim());
        Assert.Equal("4admin0000000000000000000a", Input(editor, "Showcase.Reviewers.UserIds").GetAttribute("value"));
        Assert.Contains("images/hoi-nghi.jpg | Hội nghị Đảng bộ", Input(editor, "Showcase.Photos.Entries").TextContent);
    }

    [Fact]
    public async Task Pickers_render_checkboxes_or_a_select_with_the_current_choice()
    {
        var editor = await ParseAsync(await site.RenderEditorAsync(ShowcaseId));

        var related = editor.QuerySelectorAll("input[type=checkbox][name='Showcase.Related.ContentItemIds']");
        Assert.Equal([Post3, Post2, Post1, DraftPost], related.Select(i => i.GetAttribute("value")));
        Assert.Equal([Post1, DraftPost], related.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));

        var featured = editor.QuerySelector("select[name='Showcase.Featured.ContentItemIds']")!;
        Assert.False(featured.HasAttribute("multiple"));
        Assert.Equal(["", Post3, Post2, Post1], featured.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal([Post2], featured.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")));

        var topics = editor.QuerySelectorAll("input[type=checkbox][name='Showcase.Topics.TermContentItemIds']");
        Assert.Equal([Economy, Social, Health], topics.Select(i => i.GetAttribute("value")));
        Assert.Equal([Economy, Health], topics.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Bag_editor_lists_the_embedded_items_and_parts_without_editors_render_none()
    {
        var editor = await ParseAsync(await site.RenderEditorAsync(ShowcaseId));

        Assert.Equal(["Slide một", "Slide hai"], editor.QuerySelectorAll(".bag-editor li").Select(li => li.FirstChild!.TextContent.Trim()));
        Assert.Empty(editor.QuerySelectorAll("[name^='ListPart.'], [name^='ContainedPart.'], [name^='TaxonomyPart.'], [name^='TermPart.'], [name^='Gallery.']"));
    }

    [Fact]
    public async Task Path_input_is_offered_only_when_the_type_allows_a_custom_path()
    {
        var editor = await ParseAsync(await site.RenderEditorAsync(Post1));

        Assert.Null(editor.QuerySelector("[name='AutoroutePart.Path']"));
        Assert.Contains("/bai-viet/bai-mot", editor.QuerySelector(".field-readonly")!.TextContent);
    }

    [Fact]
    public async Task Refused_values_come_back_with_their_message_and_what_was_typed()
    {
        var html = await site.RenderEditorAsync(ShowcaseId, Form.Of(
            ("TitlePart.Title", "Trang trưng bày"),
            ("Showcase.Population.Value", "nhiều"),
            ("Showcase.Website.Url", "javascript:alert(1)")));
        var editor = await ParseAsync(html);

        Assert.Equal("nhiều", Input(editor, "Showcase.Population.Value").GetAttribute("value"));
        Assert.Contains("phải là một số", editor.QuerySelector("[data-valmsg-for='Showcase.Population.Value']")!.TextContent);
        Assert.Contains("Địa chỉ liên kết không hợp lệ", editor.QuerySelector("[data-valmsg-for='Showcase.Website.Url']")!.TextContent);
        Assert.Contains("Ngày thành lập là bắt buộc.", editor.QuerySelector("[data-valmsg-for='Showcase.Day.Value']")!.TextContent);
    }

    private static (string?, string?) TypeAndValue(IElement input) => (input.GetAttribute("type"), input.GetAttribute("value"));
}
