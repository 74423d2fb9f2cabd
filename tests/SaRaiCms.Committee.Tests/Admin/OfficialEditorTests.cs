using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The official editor: positions over time.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class OfficialEditorTests(EditorSite site)
{
    private const string Official = "off-dinh-van-dung";
    private const string P = "OfficialPart";

    [Fact]
    public async Task A_position_ending_before_it_starts_is_refused()
    {
        var run = await site.EditAsync(Official, form => form[$"{P}.Positions[1].EndDate"] = "2019-12-31");

        Assert.Equal(["Ngày thôi giữ chức vụ (31/12/2019) không được trước ngày bắt đầu (1/7/2020)."], run.Errors($"{P}.Positions[1].EndDate"));
        Assert.Equal(new DateTime(2025, 6, 30), run.Item.As<OfficialPart>()!.Positions[1].EndDate);
    }

    [Fact]
    public async Task The_same_position_twice_over_overlapping_dates_is_refused()
    {
        var run = await site.EditAsync(Official, form =>
        {
            form[$"{P}.Positions[2].Title"] = "bí thư Đảng ủy thị trấn";
            form[$"{P}.Positions[2].OrganisationId"] = "org-dang-bo-sa-rai";
            form[$"{P}.Positions[2].StartDate"] = "2024-01-01";
        });

        var message = Assert.Single(run.Errors($"{P}.Positions[2].StartDate"));
        Assert.StartsWith("Trùng với dòng 2: cùng chức danh", message);
        Assert.Equal(2, run.Item.As<OfficialPart>()!.Positions.Count);
    }

    [Fact]
    public async Task A_new_term_of_the_same_position_after_the_previous_one_is_accepted_in_row_order()
    {
        var run = await site.EditAsync(Official, form =>
        {
            form[$"{P}.Positions[2].Title"] = "Bí thư Đảng ủy thị trấn";
            form[$"{P}.Positions[2].OrganisationId"] = "org-dang-bo-sa-rai";
            form[$"{P}.Positions[2].StartDate"] = "2025-07-01";
            form[$"{P}.Positions[2].Order"] = "0";
        });

        Assert.Empty(run.ErrorKeys);
        var positions = run.Item.As<OfficialPart>()!.Positions;
        Assert.Equal([(new DateTime(2025, 7, 1), 0), (new DateTime(2020, 8, 1), 1), (new DateTime(2020, 7, 1), 2)], positions.Select(p => (p.StartDate, p.Order)));
    }

    [Fact]
    public async Task A_position_without_title_organisation_or_start_gets_a_message_for_each()
    {
        var run = await site.EditAsync(Official, form => form[$"{P}.Positions[2].Term"] = "nhiệm kỳ 2025–2030");

        Assert.Equal(
            [$"{P}.Positions[2].OrganisationId", $"{P}.Positions[2].StartDate", $"{P}.Positions[2].Title"],
            run.ErrorKeys.Order(StringComparer.Ordinal));
    }
}
