using AngleSharp.Html.Parser;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The meeting editor: participants with their titles on the meeting's date, indicators, the organising body.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class MeetingEditorTests(EditorSite site)
{
    private const string Meeting = "mtg-2023-06-28";
    private const string P = "MeetingPart";

    /// <summary>A new meeting of the town committee on 28/6/2023: a chair, two guests, three indicators.</summary>
    private static void FillNewMeeting(Dictionary<string, string> form)
    {
        form["TitlePart.Title"] = "Hội nghị Ban Chấp hành (thử)";
        form[$"{P}.Kind"] = MeetingKinds.ExecutiveCommittee;
        form[$"{P}.Date"] = "2023-06-28";
        form[$"{P}.PartOfDay"] = PartsOfDay.Morning;
        form[$"{P}.OrganisationId"] = "org-dang-bo-sa-rai";
        form[$"{P}.Participants[0].OfficialId"] = "off-dinh-van-dung";
        form[$"{P}.Participants[0].Role"] = ParticipantRoles.Chair;
        form[$"{P}.Participants[1].OfficialId"] = "off-le-thi-le-thuy";
        form[$"{P}.Participants[1].Role"] = ParticipantRoles.Guest;
        form[$"{P}.Participants[1].Note"] = "phụ trách, giám sát Đảng bộ thị trấn Sa Rài";
        form[$"{P}.Participants[2].OfficialId"] = "off-nguyen-van-a";
        form[$"{P}.Participants[2].Role"] = ParticipantRoles.Guest;
        form[$"{P}.Indicators[0].Label"] = "Cơ sở bán lẻ, ăn uống, giải khát";
        form[$"{P}.Indicators[0].Kind"] = IndicatorKinds.Count;
        form[$"{P}.Indicators[0].Value"] = "1.380";
        form[$"{P}.Indicators[0].Unit"] = "cơ sở";
        form[$"{P}.Indicators[1].Label"] = "Lao động đi làm việc ở nước ngoài";
        form[$"{P}.Indicators[1].Kind"] = IndicatorKinds.Ratio;
        form[$"{P}.Indicators[1].Value"] = "4";
        form[$"{P}.Indicators[1].Denominator"] = "11";
        form[$"{P}.Indicators[1].ReportedPercent"] = "45,45";
        form[$"{P}.Indicators[2].Label"] = "Thu ngân sách";
        form[$"{P}.Indicators[2].Kind"] = IndicatorKinds.PercentOfPlan;
        form[$"{P}.Indicators[2].Value"] = "59";
    }

    [Fact]
    public async Task A_meeting_with_a_chair_two_guests_and_three_indicators_round_trips_in_order()
    {
        var run = await site.CreateAsync(CommitteeTypes.Meeting, FillNewMeeting);

        Assert.Empty(run.ErrorKeys);
        var stored = (await site.LoadAsync(run.Item.ContentItemId)).As<MeetingPart>()!;
        Assert.Equal(new DateTime(2023, 6, 28), stored.Date);
        Assert.Equal("org-dang-bo-sa-rai", stored.OrganisationId);
        Assert.Equal(
            [("off-dinh-van-dung", ParticipantRoles.Chair), ("off-le-thi-le-thuy", ParticipantRoles.Guest), ("off-nguyen-van-a", ParticipantRoles.Guest)],
            stored.Participants.Select(p => (p.OfficialId, p.Role)));
        Assert.Equal("phụ trách, giám sát Đảng bộ thị trấn Sa Rài", stored.Participants[1].Note);
        Assert.Equal(["Cơ sở bán lẻ, ăn uống, giải khát", "Lao động đi làm việc ở nước ngoài", "Thu ngân sách"], stored.Indicators.Select(i => i.Label));
        Assert.Equal(1380m, stored.Indicators[0].Value);
        Assert.Equal("cơ sở", stored.Indicators[0].Unit);
        Assert.Equal((4m, 11m, 45.45m), (stored.Indicators[1].Value, stored.Indicators[1].Denominator!.Value, stored.Indicators[1].ReportedPercent!.Value));
        Assert.Equal(59m, stored.Indicators[2].Value);

        // Opened again, the editor shows the same rows in the same order, then the empty extra rows.
        var (_, html) = await site.EditorAsync(run.Item.ContentItemId);
        var form = EditorSite.Fields(html);
        Assert.Equal("off-le-thi-le-thuy", form[$"{P}.Participants[1].OfficialId"]);
        Assert.Equal("Thu ngân sách", form[$"{P}.Indicators[2].Label"]);
        Assert.Equal("1380", form[$"{P}.Indicators[0].Value"]);
        Assert.Equal("45,45", form[$"{P}.Indicators[1].ReportedPercent"]);
        Assert.Equal("", form[$"{P}.Indicators[3].Label"]);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Enumerable.Range(0, 6).Select(i => form[$"{P}.Indicators[{i}].Order"]));
        Assert.DoesNotContain($"{P}.Indicators[0].Remove", form.Keys);
    }

    [Fact]
    public async Task The_editor_shows_each_participants_titles_held_on_the_meeting_date()
    {
        var (shape, html) = await site.EditorAsync(Meeting);

        var model = shape.Zones.Values.SelectMany(z => z).Select(s => s.Model).OfType<MeetingPartEditViewModel>().Single();
        Assert.Equal("Huyện ủy viên, Bí thư Đảng ủy thị trấn", model.Participants[0].Titles);
        var titles = new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-titles]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal("Huyện ủy viên, Bí thư Đảng ủy thị trấn", titles[0]);
    }

    [Fact]
    public async Task Changing_the_date_re_renders_the_titles_held_on_the_new_date()
    {
        // Đinh Văn Dũng's positions ended on 30/6/2025, when the town merged into Tân Hồng commune.
        var run = await site.EditAsync(Meeting, form => form[$"{P}.Date"] = "2025-07-15");

        Assert.Equal("Không có chức vụ nào vào ngày 15/7/2025", run.Model<MeetingPartEditViewModel>().Participants[0].Titles);
        Assert.Contains("Không có chức vụ nào vào ngày 15/7/2025", run.Html);
    }

    [Fact]
    public async Task Reordering_indicator_rows_by_their_order_numbers_persists_the_new_order()
    {
        var created = await site.CreateAsync(CommitteeTypes.Meeting, FillNewMeeting);

        // Without JavaScript: the "Thứ tự" numbers; the third indicator goes first, the first last.
        var run = await site.EditAsync(created.Item.ContentItemId, form =>
        {
            form[$"{P}.Indicators[0].Order"] = "3";
            form[$"{P}.Indicators[1].Order"] = "2";
            form[$"{P}.Indicators[2].Order"] = "1";
        }, save: true);

        Assert.Empty(run.ErrorKeys);
        var stored = (await site.LoadAsync(created.Item.ContentItemId)).As<MeetingPart>()!;
        Assert.Equal(["Thu ngân sách", "Lao động đi làm việc ở nước ngoài", "Cơ sở bán lẻ, ăn uống, giải khát"], stored.Indicators.Select(i => i.Label));
    }

    [Fact]
    public async Task Rows_marked_for_removal_are_dropped()
    {
        var created = await site.CreateAsync(CommitteeTypes.Meeting, FillNewMeeting);

        var run = await site.EditAsync(created.Item.ContentItemId, form =>
        {
            form[$"{P}.Participants[1].Remove"] = "true";
            form[$"{P}.Indicators[0].Remove"] = "true";
        }, save: true);

        Assert.Empty(run.ErrorKeys);
        var stored = (await site.LoadAsync(created.Item.ContentItemId)).As<MeetingPart>()!;
        Assert.Equal(["off-dinh-van-dung", "off-nguyen-van-a"], stored.Participants.Select(p => p.OfficialId));
        Assert.Equal(2, stored.Indicators.Count);
    }

    [Fact]
    public async Task A_ratio_above_its_denominator_is_refused_unless_allowed()
    {
        var refused = await site.EditAsync(Meeting, form =>
        {
            form[$"{P}.Indicators[4].Value"] = "12";
        });

        var message = Assert.Single(refused.Errors($"{P}.Indicators[4].Value"));
        Assert.StartsWith("Tử số (12) lớn hơn mẫu số (11).", message);
        Assert.Equal(refused.Before.As<MeetingPart>()!.Indicators[4].Value, refused.Item.As<MeetingPart>()!.Indicators[4].Value);
        Assert.Contains(message, refused.Html);

        var allowed = await site.EditAsync(Meeting, form =>
        {
            form[$"{P}.Indicators[4].Value"] = "12";
            form[$"{P}.Indicators[4].AllowAboveDenominator"] = "true";
        });

        Assert.Empty(allowed.ErrorKeys);
        Assert.Equal(12m, allowed.Item.As<MeetingPart>()!.Indicators[4].Value);
    }

    [Theory]
    [InlineData("abc", "Indicators[1].Value", "Số lượng: Số không hợp lệ; nhập như 1.380 hoặc 45,45.")]
    [InlineData("1,5", "Indicators[1].Value", "Số lượng phải là số nguyên (1.380 là một nghìn ba trăm tám mươi).")]
    [InlineData("-3", "Indicators[1].Value", "Số lượng không được âm.")]
    public async Task Indicator_values_get_a_message_in_Vietnamese(string value, string key, string expected)
    {
        var run = await site.EditAsync(Meeting, form => form[$"{P}.Indicators[1].Value"] = value);

        Assert.Equal([expected], run.Errors($"{P}.{key}"));
        Assert.Equal(53m, run.Item.As<MeetingPart>()!.Indicators[1].Value);
    }

    [Fact]
    public async Task A_count_without_a_unit_and_a_ratio_without_a_denominator_are_refused()
    {
        var run = await site.EditAsync(Meeting, form =>
        {
            form[$"{P}.Indicators[1].Unit"] = "";
            form[$"{P}.Indicators[4].Denominator"] = "";
        });

        Assert.Equal(
            [$"{P}.Indicators[1].Unit", $"{P}.Indicators[4].Denominator"],
            run.ErrorKeys.Order(StringComparer.Ordinal));
        Assert.Equal(["Mẫu số là bắt buộc."], run.Errors($"{P}.Indicators[4].Denominator"));
    }

    [Fact]
    public async Task An_organisation_that_did_not_exist_on_the_meeting_date_is_refused_and_marked_in_the_picker()
    {
        // Đảng bộ xã Tân Hồng was formed on 1/7/2025.
        var run = await site.EditAsync(Meeting, form => form[$"{P}.OrganisationId"] = "org-dang-bo-xa-tan-hong");

        var message = Assert.Single(run.Errors($"{P}.OrganisationId"));
        Assert.Contains("không hoạt động vào ngày 28/6/2023", message);
        Assert.Equal("org-dang-bo-sa-rai", run.Item.As<MeetingPart>()!.OrganisationId);
        var option = new HtmlParser().ParseDocument(run.Html).QuerySelector($"select[name='{P}.OrganisationId'] option[value='org-dang-bo-xa-tan-hong']")!;
        Assert.EndsWith("(không hoạt động ngày 28/6/2023)", option.TextContent);
    }

    [Fact]
    public async Task The_same_official_twice_and_an_unknown_official_are_refused()
    {
        var run = await site.EditAsync(Meeting, form =>
        {
            form[$"{P}.Participants[2].OfficialId"] = "off-dinh-van-dung";
            form[$"{P}.Participants[3].OfficialId"] = "no-such-official";
        });

        Assert.Equal(["Đồng chí Đinh Văn Dũng đã có ở dòng 1; mỗi người chỉ ghi một lần."], run.Errors($"{P}.Participants[2].OfficialId"));
        Assert.Equal(["Không tìm thấy đồng chí đã chọn."], run.Errors($"{P}.Participants[3].OfficialId"));
        Assert.Equal(2, run.Item.As<MeetingPart>()!.Participants.Count);
    }

    [Fact]
    public async Task A_missing_or_malformed_date_is_refused_and_the_typed_value_is_kept()
    {
        var run = await site.EditAsync(Meeting, form => form[$"{P}.Date"] = "31/02/2023");

        Assert.Equal(["Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 28/6/2023."], run.Errors($"{P}.Date"));
        Assert.Equal(new DateTime(2023, 6, 28), run.Item.As<MeetingPart>()!.Date);
        Assert.Equal("31/02/2023", EditorSite.Fields(run.Html)[$"{P}.Date"]);
    }

    [Fact]
    public async Task A_form_returned_with_messages_and_every_row_filled_offers_one_more_empty_row()
    {
        // The recipe's eight indicators and the three extra rows, all filled in; the date is wrong.
        var run = await site.EditAsync(Meeting, form =>
        {
            form[$"{P}.Date"] = "";
            for (var i = 8; i < 11; i++)
            {
                form[$"{P}.Indicators[{i}].Label"] = $"Chỉ tiêu {i}";
                form[$"{P}.Indicators[{i}].Value"] = "1";
                form[$"{P}.Indicators[{i}].Unit"] = "người";
            }
        });

        Assert.Equal([$"{P}.Date"], run.ErrorKeys);
        var form = EditorSite.Fields(run.Html);
        Assert.Equal("Chỉ tiêu 10", form[$"{P}.Indicators[10].Label"]);
        Assert.Equal("", form[$"{P}.Indicators[11].Label"]);
        Assert.Equal(IndicatorKinds.Count, form[$"{P}.Indicators[11].Kind"]);
    }
}
