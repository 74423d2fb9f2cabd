using System.Text;
using System.Text.Json;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Tests.Infrastructure;
using SaRaiCms.Contents.ViewModels;
using static SaRaiCms.Contents.Tests.Infrastructure.ContentsSite;

namespace SaRaiCms.Contents.Tests.Drivers;

/// <summary>Part drivers, called one at a time with forms bound by MVC's model binding.</summary>
[Collection(ContentsSiteCollection.Name)]
public sealed class PartDriverTests(ContentsSite site)
{
    [Fact]
    public async Task Blank_optional_title_and_body_are_accepted_without_mvc_messages()
    {
        var title = await site.UpdatePartAsync(ShowcaseId, "TitlePart", Form.Of(("TitlePart.Title", "")));
        Assert.Empty(title.ErrorKeys);
        Assert.Equal("", title.Item.As<TitlePart>()!.Title);

        var body = await site.UpdatePartAsync(ShowcaseId, "HtmlBodyPart", Form.Of(("HtmlBodyPart.Html", "")));
        Assert.Empty(body.ErrorKeys);
        Assert.Equal("", body.Item.As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public async Task Autoroute_custom_path_is_cleaned_and_stored_when_the_type_allows_it()
    {
        var run = await site.UpdatePartAsync(ShowcaseId, "AutoroutePart", Form.Of(("AutoroutePart.Path", "  /gioi-thieu//trung-bay-moi/ ")));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal("gioi-thieu/trung-bay-moi", run.Item.As<AutoroutePart>()!.Path);
    }

    [Theory]
    [InlineData("admin/trung-bay")]
    [InlineData("co khoang trang")]
    [InlineData("a/../b")]
    public async Task Autoroute_refuses_a_bad_path_and_keeps_the_old_one(string path)
    {
        var run = await site.UpdatePartAsync(ShowcaseId, "AutoroutePart", Form.Of(("AutoroutePart.Path", path)));

        Assert.Equal(["AutoroutePart.Path"], run.ErrorKeys);
        Assert.StartsWith("Đường dẫn", Assert.Single(run.Errors("AutoroutePart.Path")));
        Assert.Equal("trung-bay", run.Item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Autoroute_ignores_a_posted_path_when_the_type_makes_paths_itself()
    {
        var run = await site.UpdatePartAsync(Post1, "AutoroutePart", Form.Of(("AutoroutePart.Path", "chiem-duong-dan")));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal("bai-viet/bai-mot", run.Item.As<AutoroutePart>()!.Path);
        Assert.False(run.Model<AutoroutePartViewModel>().AllowCustomPath);
    }

    [Fact]
    public async Task Autoroute_displays_nothing()
    {
        Assert.Empty((await site.DisplayPartAsync(ShowcaseId, "AutoroutePart")).Shapes);
    }

    [Fact]
    public async Task Markdown_body_is_stored_raw_in_NFC()
    {
        var decomposed = "Hội nghị **Đảng bộ**\r\n\r\n<script>alert(1)</script>".Normalize(NormalizationForm.FormD);
        var run = await site.UpdatePartAsync(ShowcaseId, "MarkdownBodyPart", Form.Of(("MarkdownBodyPart.Markdown", decomposed)));

        Assert.Empty(run.ErrorKeys);
        var stored = run.Item.As<MarkdownBodyPart>()!.Markdown;
        Assert.True(stored.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Hội nghị **Đảng bộ**\n\n<script>alert(1)</script>", stored);
    }

    [Fact]
    public async Task Markdown_body_display_is_rendered_and_sanitised()
    {
        var model = (await site.DisplayPartAsync(ShowcaseId, "MarkdownBodyPart")).Model<MarkdownBodyPartViewModel>();

        Assert.Contains("<strong>nội dung</strong>", model.Html);
        Assert.DoesNotContain("<script", model.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", model.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_shows_published_children_newest_first_a_page_at_a_time_and_only_on_detail()
    {
        var model = (await site.DisplayPartAsync(ShowcaseId, "ListPart")).Model<ListPartViewModel>();

        Assert.Equal(["Bài ba", "Bài hai"], model.Items.Select(s => s.ContentItem.DisplayText));
        Assert.Equal(1, model.Page);
        Assert.Equal(2, model.PageCount);
        Assert.All(model.Items, s => Assert.Equal("Summary", s.DisplayType));
        Assert.Empty((await site.DisplayPartAsync(ShowcaseId, "ListPart", "Summary")).Shapes);
    }

    [Theory]
    [InlineData("ListPart", typeof(ListPart))]
    [InlineData("ContainedPart", typeof(ContainedPart))]
    [InlineData("TaxonomyPart", typeof(TaxonomyPart))]
    [InlineData("TermPart", typeof(TermPart))]
    public async Task Parts_without_an_editor_show_none_and_ignore_posted_values(string part, Type partType)
    {
        var before = Typed(await site.LoadAsync(ShowcaseId), part, partType);
        var run = await site.UpdatePartAsync(ShowcaseId, part, Form.Of(($"{part}.ListContentItemId", "xyz"), ($"{part}.TermContentType", "Other")));

        Assert.Empty(run.Shapes);
        Assert.Empty(run.ErrorKeys);
        Assert.Equal(before, Typed(run.Item, part, partType));
        Assert.Empty((await site.EditPartAsync(ShowcaseId, part)).Shapes);
    }

    [Fact]
    public async Task Contained_and_term_parts_display_nothing()
    {
        Assert.Empty((await site.DisplayPartAsync(Post1, "ContainedPart")).Shapes);
        Assert.Empty((await site.DisplayPartAsync(ShowcaseId, "TermPart")).Shapes);
    }

    [Fact]
    public async Task Bag_displays_each_embedded_item_as_a_summary()
    {
        var model = (await site.DisplayPartAsync(ShowcaseId, "Gallery")).Model<BagPartViewModel>();

        Assert.Equal("Gallery", model.PartName);
        Assert.Equal(["Slide một", "Slide hai"], model.Items.Select(s => s.ContentItem.DisplayText));
        Assert.All(model.Items, s => Assert.Equal("Summary", s.DisplayType));
    }

    [Fact]
    public async Task Bag_editor_lists_titles_and_an_update_keeps_the_embedded_items()
    {
        var before = Typed(await site.LoadAsync(ShowcaseId), "Gallery", typeof(BagPart));
        var run = await site.UpdatePartAsync(ShowcaseId, "Gallery", Form.Of(("Gallery.ContentItems[0].DisplayText", "Ghi đè")));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(before, Typed(run.Item, "Gallery", typeof(BagPart)));
        Assert.Equal([new BagEntry("Slide một", "Slide"), new BagEntry("Slide hai", "Slide")], run.Model<BagPartViewModel>().Entries);
    }

    [Fact]
    public async Task Taxonomy_displays_its_terms_in_tree_order()
    {
        var showcase = (await site.DisplayPartAsync(ShowcaseId, "TaxonomyPart")).Model<TaxonomyPartViewModel>();
        Assert.Equal(["Mục riêng"], showcase.Terms.Select(t => t.Name));

        var topics = (await site.DisplayPartAsync(TopicsId, "TaxonomyPart")).Model<TaxonomyPartViewModel>();
        Assert.Equal([("Kinh tế", 0), ("Xã hội", 0), ("Y tế", 1)], topics.Terms.Select(t => (t.Name, t.Level)));
    }

    /// <summary>A part as its typed class reads and writes it, so that defaults filled in on write do not count as changes.</summary>
    private static string Typed(ContentItem item, string name, Type partType)
        => ContentSerializer.Serialize(item.Content[name].Deserialize(partType, ContentSerializer.Options)!);
}
