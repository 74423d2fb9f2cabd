using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The organisation editor: a parent from the tree without cycles, validity dates, history links.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class OrganisationEditorTests(EditorSite site)
{
    private const string P = "OrganisationPart";

    [Fact]
    public async Task An_organisation_cannot_be_placed_under_one_of_its_descendants()
    {
        // Huyện ủy Tân Hồng → Đảng bộ thị trấn Sa Rài → Chi bộ khóm 1.
        var run = await site.EditAsync("org-huyen-uy-tan-hong", form => form[$"{P}.ParentId"] = "org-chi-bo-khom-1");

        Assert.Equal(
            ["Không thể đặt Chi bộ khóm 1 làm cấp trên: Chi bộ khóm 1 đang trực thuộc tổ chức này, như vậy sẽ thành vòng lặp."],
            run.Errors($"{P}.ParentId"));
        Assert.Null(run.Item.As<OrganisationPart>()!.ParentId);
    }

    [Fact]
    public async Task The_parent_picker_is_the_tree_without_the_organisation_itself()
    {
        var (_, html) = await site.EditorAsync("org-dang-bo-sa-rai");

        var options = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelectorAll($"select[name='{P}.ParentId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain("org-dang-bo-sa-rai", options);
        Assert.True(options.IndexOf("org-huyen-uy-tan-hong") < options.IndexOf("org-ban-tuyen-giao-huyen-uy"));
        Assert.Contains("org-chi-bo-khom-1", options);
    }

    [Fact]
    public async Task Moving_an_organisation_to_another_valid_parent_is_accepted()
    {
        var run = await site.EditAsync("org-chi-bo-khom-1", form => form[$"{P}.ParentId"] = "org-huyen-uy-tan-hong");

        Assert.Empty(run.ErrorKeys);
        Assert.Equal("org-huyen-uy-tan-hong", run.Item.As<OrganisationPart>()!.ParentId);
    }

    [Fact]
    public async Task An_end_before_the_start_and_a_successor_that_is_itself_are_refused()
    {
        var run = await site.EditAsync("org-dang-bo-sa-rai", form =>
        {
            form[$"{P}.ValidFrom"] = "2025-07-01";
            form[$"{P}.ValidTo"] = "2025-06-30";
            form[$"{P}.SuccessorId"] = "org-dang-bo-sa-rai";
        });

        Assert.Equal(["Ngày kết thúc (30/6/2025) không được trước ngày bắt đầu (1/7/2025)."], run.Errors($"{P}.ValidTo"));
        Assert.Equal(["Một tổ chức không thể kế tục chính nó."], run.Errors($"{P}.SuccessorId"));
        Assert.Equal("org-dang-bo-xa-tan-hong", run.Item.As<OrganisationPart>()!.SuccessorId);
    }

    [Fact]
    public async Task Predecessors_are_picked_from_the_tree()
    {
        var run = await site.EditAsync("org-dang-bo-xa-tan-hong", form => form[$"{P}.PredecessorIds[0]"] = "org-dang-bo-sa-rai");

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(["org-dang-bo-sa-rai"], run.Item.As<OrganisationPart>()!.PredecessorIds);
    }
}
