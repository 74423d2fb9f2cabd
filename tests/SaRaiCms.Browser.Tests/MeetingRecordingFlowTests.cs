using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// An editor records a meeting with the committee editors' script (committee-editors.js): rows of
/// participants and indicators added with the add buttons, one row removed and two swapped with
/// the row buttons, officials' titles looked up live for the meeting's date; then publishes. The
/// public page shows what was set, in the order set, and nothing of the removed row.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MeetingRecordingFlowTests(ChromiumSite site)
{
    private const string Title = "Hội nghị sơ kết công tác xây dựng Đảng quý II năm 2023";
    private const string Chair = "Đinh Văn Dũng";
    private const string FirstGuest = "Lê Thị Lê Thủy";
    private const string SecondGuest = "Trần Thị B";
    private const string Removed = "Nguyễn Văn A";
    // Trần Thị B has been an Đảng ủy viên since July 2020 and Bí thư Chi bộ khóm 1 since May 2022.
    private const string LaterTitle = "Bí thư Chi bộ khóm 1";

    private static readonly string[] IndicatorsInOrder = ["Thu ngân sách trên địa bàn", "Chi bộ đạt trong sạch, vững mạnh", "Kết nạp đảng viên mới"];

    [Fact]
    public async Task A_meeting_recorded_with_the_row_editor_shows_its_people_and_indicators_in_the_order_set()
    {
        await using var tab = (await site.SignedInAsync(ChromiumSite.Editor)).Patient();
        var page = tab.Page;
        await page.GotoAsync("/admin/contents/new/Meeting");
        await page.Locator("input[name='TitlePart.Title']").FillAsync(Title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị Ban Chấp hành" });
        await page.GetByLabel("Tổ chức chủ trì").SelectOptionAsync("org-dang-bo-sa-rai");
        var date = page.GetByLabel("Ngày họp");
        await date.FillAsync("2021-03-15");

        // Participants: down to one row with the rows' own "Xóa", then each person on a row the add button made.
        var people = page.Locator("ol[data-rows='Participants'] > li[data-row]");
        await RemoveDownToOneAsync(people);
        await FillPersonAsync(people.Nth(0), Chair, "Chủ trì");
        foreach (var (person, count) in new[] { (Removed, 2), (FirstGuest, 3), (SecondGuest, 4) })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm người tham dự" }).ClickAsync();
            await Assertions.Expect(people).ToHaveCountAsync(count, new() { Timeout = FlowSteps.Timeout });
            var added = people.Nth(count - 1);
            // The copy of the last row starts empty, with its fields numbered for its place.
            await Assertions.Expect(added.Locator("select[data-official]")).ToHaveValueAsync("", new() { Timeout = FlowSteps.Timeout });
            await Assertions.Expect(added.Locator("select[data-official]")).ToHaveAttributeAsync("name", new Regex($@"Participants\[{count - 1}\]\.OfficialId$"), new() { Timeout = FlowSteps.Timeout });
            await FillPersonAsync(added, person, "Đến dự");
        }

        // The titles come from /admin/committee/official-titles for the meeting's date, and follow it when it changes.
        var secondGuestTitles = people.Nth(3).Locator("[data-titles]");
        await Assertions.Expect(secondGuestTitles).ToContainTextAsync("Đảng ủy viên", FlowSteps.Patiently);
        await Assertions.Expect(secondGuestTitles).Not.ToContainTextAsync(LaterTitle, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(people.Nth(0).Locator("[data-titles]")).ToContainTextAsync("Bí thư Đảng ủy thị trấn", FlowSteps.Patiently);
        await date.FillAsync("2023-06-30");
        await Assertions.Expect(secondGuestTitles).ToContainTextAsync(LaterTitle, FlowSteps.Patiently);
        await Assertions.Expect(people.Nth(2).Locator("[data-titles]")).ToContainTextAsync("Trưởng Ban Tuyên giáo Huyện ủy Tân Hồng", FlowSteps.Patiently);

        // The extra row goes; the rows after it move up and are renumbered.
        await people.Nth(1).Locator("[data-remove-row]").ClickAsync();
        await Assertions.Expect(people).ToHaveCountAsync(3, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(page.Locator("ol[data-rows='Participants'] select[data-official] option:checked", new() { HasText = Removed })).ToHaveCountAsync(0, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(people.Nth(2).Locator("select[data-official]")).ToHaveAttributeAsync("name", new Regex(@"Participants\[2\]\.OfficialId$"), new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(people.Nth(2).Locator("[data-row-order]")).ToHaveValueAsync("3", new() { Timeout = FlowSteps.Timeout });

        // Indicators: one row, two added; then the last one moved up above the second.
        var indicators = page.Locator("ol[data-rows='Indicators'] > li[data-row]");
        await RemoveDownToOneAsync(indicators);
        await FillIndicatorAsync(indicators.Nth(0), IndicatorsInOrder[0], "Tỷ lệ % kế hoạch", "59", null, null);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chỉ tiêu" }).ClickAsync();
        await Assertions.Expect(indicators).ToHaveCountAsync(2, new() { Timeout = FlowSteps.Timeout });
        await FillIndicatorAsync(indicators.Nth(1), IndicatorsInOrder[2], "Số lượng (có đơn vị)", "12", null, "đảng viên");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chỉ tiêu" }).ClickAsync();
        await Assertions.Expect(indicators).ToHaveCountAsync(3, new() { Timeout = FlowSteps.Timeout });
        await FillIndicatorAsync(indicators.Nth(2), IndicatorsInOrder[1], "Tỷ lệ (tử số/mẫu số)", "4", "11", null);

        await indicators.Nth(2).Locator("[data-move='up']").ClickAsync();
        await Assertions.Expect(indicators.Nth(1).Locator("input[name$='.Label']")).ToHaveValueAsync(IndicatorsInOrder[1], new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(indicators.Nth(1).Locator("[data-row-order]")).ToHaveValueAsync("2", new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(indicators.Nth(2).Locator("input[name$='.Label']")).ToHaveValueAsync(IndicatorsInOrder[2], new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(indicators.Nth(2).Locator("[data-row-order]")).ToHaveValueAsync("3", new() { Timeout = FlowSteps.Timeout });

        await page.SubmitByAsync("Xuất bản");
        await page.ExpectSuccessAsync($"Đã xuất bản “{Title}”");
        var publicUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai" }).GetAttributeAsync("href");
        Assert.NotNull(publicUrl);

        await using var visitor = (await site.OpenAsync()).Patient();
        var meeting = visitor.Page;
        await meeting.GotoAsync(publicUrl);
        await Assertions.Expect(meeting.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });

        var participants = meeting.Locator("dl.participants");
        await Assertions.Expect(participants.Locator("dt")).ToHaveTextAsync(["Chủ trì", "Đến dự"], new() { Timeout = FlowSteps.Timeout });
        var listed = participants.Locator("dd.participant");
        await Assertions.Expect(listed).ToHaveCountAsync(3, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(listed.Nth(0)).ToContainTextAsync($"{Chair} – Huyện ủy viên, Bí thư Đảng ủy thị trấn", FlowSteps.Patiently);
        await Assertions.Expect(listed.Nth(1)).ToContainTextAsync($"{FirstGuest} – Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy Tân Hồng", FlowSteps.Patiently);
        await Assertions.Expect(listed.Nth(2)).ToContainTextAsync(SecondGuest, FlowSteps.Patiently);
        await Assertions.Expect(listed.Nth(2)).ToContainTextAsync(LaterTitle, FlowSteps.Patiently);
        await Assertions.Expect(participants).Not.ToContainTextAsync(Removed, new() { Timeout = FlowSteps.Timeout });

        await Assertions.Expect(meeting.Locator("table.indicators tbody th")).ToHaveTextAsync(IndicatorsInOrder, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(meeting.Locator("table.indicators tbody tr").Nth(1)).ToContainTextAsync("4/11", FlowSteps.Patiently);
        await Assertions.Expect(meeting.Locator("table.indicators tbody tr").Nth(2)).ToContainTextAsync("12 đảng viên", FlowSteps.Patiently);
        await meeting.ScreenshotAsync("flow-meeting");
    }

    /// <summary>Removes the last row with its "Xóa" button until one row is left.</summary>
    private static async Task RemoveDownToOneAsync(ILocator rows)
    {
        for (var count = await rows.CountAsync(); count > 1; count--)
        {
            await rows.Nth(count - 1).Locator("[data-remove-row]").ClickAsync();
            await Assertions.Expect(rows).ToHaveCountAsync(count - 1, new() { Timeout = FlowSteps.Timeout });
        }
    }

    private static async Task FillPersonAsync(ILocator row, string official, string role)
    {
        await row.Locator("select[data-official]").SelectOptionAsync(new SelectOptionValue { Label = official });
        await row.Locator("select[name$='.Role']").SelectOptionAsync(new SelectOptionValue { Label = role });
    }

    private static async Task FillIndicatorAsync(ILocator row, string label, string kind, string value, string? denominator, string? unit)
    {
        await row.Locator("input[name$='.Label']").FillAsync(label);
        await row.Locator("select[data-indicator-kind]").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await row.Locator("input[name$='.Value']").FillAsync(value);
        if (denominator is not null)
        {
            // Shown only once the kind is a ratio (the script hides the other kinds' fields).
            await row.Locator("input[name$='.Denominator']").FillAsync(denominator);
        }

        if (unit is not null)
        {
            await row.Locator("input[name$='.Unit']").FillAsync(unit);
        }
    }
}
