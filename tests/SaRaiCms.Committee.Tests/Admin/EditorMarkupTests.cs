using AngleSharp.Html.Parser;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>What every committee editor's markup owes its users: a label for each input, unique ids, required fields marked.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class EditorMarkupTests(EditorSite site)
{
    [Theory]
    [InlineData("mtg-2023-06-28", "MeetingPart")]
    [InlineData("tl-2023-h2", "TaskListPart")]
    [InlineData("off-dinh-van-dung", "OfficialPart")]
    [InlineData("org-dang-bo-sa-rai", "OrganisationPart")]
    [InlineData("doc-nq-45", "DocumentPart")]
    public async Task Every_input_has_a_label_ids_are_unique_and_required_fields_are_marked(string contentItemId, string part)
    {
        var (_, html) = await site.EditorAsync(contentItemId);
        var document = new HtmlParser().ParseDocument(html);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var inputs = document.QuerySelectorAll($"input[name^='{part}.']:not([type=hidden]), select[name^='{part}.'], textarea[name^='{part}.']").ToList();
        Assert.NotEmpty(inputs);
        Assert.All(inputs, input => Assert.True(
            input.Id is { Length: > 0 } id && document.QuerySelector($"label[for='{id}']") is not null,
            $"{input.GetAttribute("name")} has no label."));
        Assert.All(document.QuerySelectorAll($"[name^='{part}.'][required]"), input =>
            Assert.NotNull(document.QuerySelector($"label[for='{input.Id}'] .required-mark")));
        Assert.NotNull(document.QuerySelector($"script[src^='/_content/SaRaiCms.Committee/admin/committee-editors.js']"));
    }
}
