using SaRaiCms.Committee.Tests.Site.Infrastructure;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>Leadership, organisations, tasks and documents.</summary>
[Collection(SaraiSiteCollection.Name)]
public sealed class DirectoryPageTests(SaraiSite site)
{
    [Fact]
    public async Task Leadership_is_grouped_by_organisation_as_of_the_latest_day_anyone_held_a_position()
    {
        var page = await site.GetAsync("/lanh-dao");

        Assert.Equal("Lãnh đạo", page.Text("h1"));
        Assert.Contains("30/6/2025", page.Text(".page-note"));
        var groups = page.Texts(".leader-group h2");
        Assert.Equal(["Huyện ủy Tân Hồng", "Ban Tuyên giáo Huyện ủy Tân Hồng", "Đảng bộ thị trấn Sa Rài", "Chi bộ khóm 1", "Chi bộ khóm kiểm thử"], groups);
        var saRai = page.Document.QuerySelectorAll(".leader-group")[2];
        Assert.Equal(["Nguyễn Văn A", "Trần Thị B", "Đinh Văn Dũng"], saRai.QuerySelectorAll(".leader-name").Select(a => a.TextContent.Trim()));
        Assert.Equal("/can-bo/dinh-van-dung", saRai.QuerySelectorAll("a.leader-name")[2].GetAttribute("href"));
    }

    [Fact]
    public async Task Leadership_sorts_people_by_given_name_in_vietnamese_alphabetical_order()
    {
        var page = await site.GetAsync("/lanh-dao");
        var group = page.Document.QuerySelectorAll(".leader-group").Single(g => g.QuerySelector("h2")!.TextContent.Trim() == "Chi bộ khóm kiểm thử");

        // a < ă < â < b < d < đ < g < u < ư < x; the same given name (Đức) by the whole name (Bùi < Nguyễn).
        string[] expected =
        [
            "Trần Thị Ánh",
            "Võ Văn Ăng",
            "Lê Thị Ân",
            "Hồ Văn Bình",
            "Phan Văn Dũng",
            "Bùi Văn Đức",
            "Nguyễn Văn Đức",
            "Trương Văn Giang",
            "Ngô Thị Út",
            "Đặng Văn Ưng",
            "Mai Văn Xuân",
        ];
        var actual = group.QuerySelectorAll(".leader-name").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(expected, actual);

        // Code-point order would differ: Â (U+00C2) before Ă (U+0102), Đ (U+0110) after G, Ư (U+01AF) after X.
        Assert.NotEqual(expected, actual.OrderBy(n => n.Split(' ')[^1], StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Organisation_tree_nests_by_parent_and_marks_defunct_ones_with_their_successor()
    {
        var page = await site.GetAsync("/to-chuc");

        Assert.Equal(["Huyện ủy Tân Hồng", "Đảng bộ xã Tân Hồng"], page.Document.QuerySelectorAll(".org-tree > li > .org-line .org-name").Select(a => a.TextContent.Trim()));
        var huyen = page.Document.QuerySelector(".org-tree > li")!;
        Assert.Equal(["Ban Tuyên giáo Huyện ủy Tân Hồng", "Đảng bộ thị trấn Sa Rài"], huyen.QuerySelectorAll(":scope > ul > li > .org-line .org-name").Select(a => a.TextContent.Trim()));
        var saRai = page.Document.QuerySelectorAll("li.org").Single(li => li.QuerySelector(".org-name")!.TextContent.Trim() == "Đảng bộ thị trấn Sa Rài");
        Assert.Contains("org-defunct", saRai.ClassList);
        Assert.Equal("Đến 30/6/2025", saRai.QuerySelector(".validity")!.TextContent.Trim());
        Assert.Equal("/to-chuc/dang-bo-xa-tan-hong", saRai.QuerySelector(".successor a")!.GetAttribute("href"));
        Assert.Contains("Chi bộ khóm 1", saRai.QuerySelectorAll(":scope > ul .org-name").Select(a => a.TextContent.Trim()));
        var tanHong = page.Document.QuerySelectorAll("li.org").Single(li => li.QuerySelector(".org-name")!.TextContent.Trim() == "Đảng bộ xã Tân Hồng");
        Assert.DoesNotContain("org-defunct", tanHong.ClassList);
        Assert.Equal("Từ 1/7/2025", tanHong.QuerySelector(".validity")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(null, 16)]
    [InlineData("NotStarted", 2)]
    [InlineData("InProgress", 1)]
    [InlineData("Done", 1)]
    [InlineData("Overdue", 12)]
    [InlineData("overdue", 12)]
    public async Task Tasks_are_filtered_by_their_status_today(string? status, int count)
    {
        var page = await site.GetAsync("/nhiem-vu" + (status is null ? "" : "?trang-thai=" + status));

        var tasks = page.Document.QuerySelectorAll("li.task");
        Assert.Equal(count, tasks.Length);
        if (status is not null)
        {
            var key = status.ToLowerInvariant();
            Assert.All(tasks, t => Assert.Contains("status-" + key, t.ClassList));
            Assert.Equal("page", page.Document.QuerySelector($"nav.chips a[href='/nhiem-vu?trang-thai={char.ToUpperInvariant(status[0]) + status[1..]}']")!.GetAttribute("aria-current"));
        }

        // The filter shows every status's count.
        Assert.Equal(
            ["Tất cả 16", "Chưa thực hiện 2", "Đang thực hiện 1", "Quá hạn 12", "Hoàn thành 1"],
            page.Document.QuerySelectorAll("nav.chips a").Select(a => string.Join(" ", a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public async Task Sa_rai_tasks_due_at_the_end_of_2023_and_not_done_are_overdue()
    {
        var page = await site.GetAsync("/nhiem-vu?trang-thai=Overdue");

        var saRai = page.Document.QuerySelectorAll("section.task-group").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == "Nhiệm vụ trọng tâm 6 tháng cuối năm 2023");
        Assert.Equal(11, saRai.QuerySelectorAll("li.task").Length);
        Assert.All(saRai.QuerySelectorAll(".status"), s => Assert.Equal("Quá hạn", s.TextContent.Trim()));
        Assert.Equal("31/12/2023", saRai.QuerySelector("li.task time")!.TextContent.Trim());
        Assert.Equal("Việc đang làm đã quá hạn", page.Document.QuerySelectorAll("section.task-group").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == "Nhiệm vụ kiểm thử").QuerySelector(".task-text")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("45-NQ/ĐU")]
    [InlineData("45-nq/du")]
    [InlineData("45 NQ")]
    [InlineData("  45-NQ/Đu ")]
    public async Task Documents_are_found_by_number_however_it_is_typed(string number)
    {
        var page = await site.GetAsync("/van-ban?so=" + Uri.EscapeDataString(number));

        Assert.Equal(["45-NQ/ĐU"], page.Texts(".doc-list-full .doc-number"));
        Assert.Equal("/van-ban/nghi-quyet-45-nq-du", page.Document.QuerySelector(".doc-list-full h2 a")!.GetAttribute("href"));
        Assert.Equal("30/06/2023", page.Text(".doc-list-full time"));
        Assert.Equal(number.Trim(), page.Document.QuerySelector("input[name=so]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Documents_are_filtered_by_type_and_year()
    {
        var all = await site.GetAsync("/van-ban");
        Assert.Equal(["43/2024/QĐ-UBND", "45-NQ/ĐU", "40-BC/ĐU", "12-KH/ĐU"], all.Texts(".doc-list-full .doc-number"));
        Assert.Equal(["", "Báo cáo", "Kế hoạch", "Nghị quyết", "Quyết định"], all.Document.QuerySelectorAll("select[name=loai] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2024", "2023"], all.Document.QuerySelectorAll("select[name=nam] option").Select(o => o.GetAttribute("value")));
        Assert.NotNull(all.Document.QuerySelector("label[for=doc-number]"));

        var resolutions = await site.GetAsync("/van-ban?loai=" + Uri.EscapeDataString("Nghị quyết"));
        Assert.Equal(["45-NQ/ĐU"], resolutions.Texts(".doc-list-full .doc-number"));
        Assert.True(resolutions.Document.QuerySelector("select[name=loai] option[value='Nghị quyết']")!.HasAttribute("selected"));

        var year2023 = await site.GetAsync("/van-ban?nam=2023");
        Assert.Equal(["45-NQ/ĐU", "40-BC/ĐU", "12-KH/ĐU"], year2023.Texts(".doc-list-full .doc-number"));

        var none = await site.GetAsync("/van-ban?nam=2023&loai=" + Uri.EscapeDataString("Quyết định"));
        Assert.Empty(none.Texts(".doc-list-full .doc-number"));
        Assert.Equal("Không tìm thấy văn bản nào.", none.Text(".result-count"));

        var unknown = await site.GetAsync("/van-ban?so=" + Uri.EscapeDataString("99-XX/ĐU"));
        Assert.Empty(unknown.Texts(".doc-list-full .doc-number"));
    }

    [Fact]
    public async Task Meetings_list_is_newest_first_with_vietnamese_dates()
    {
        var page = await site.GetAsync("/hoi-nghi");

        Assert.Equal(
            ["Sinh hoạt Chi bộ khóm 1 tháng 7 năm 2023 (mẫu)", "Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023", "Hội nghị Ban Chấp hành Đảng bộ thị trấn quý I năm 2023 (mẫu)"],
            page.Texts(".card-title"));
        Assert.Equal(["Tối ngày 10 tháng 7 năm 2023", "Chiều ngày 28 tháng 6 năm 2023", "Sáng ngày 5 tháng 4 năm 2023"], page.Texts(".card time"));
        Assert.Equal("2023-06-28", page.Document.QuerySelectorAll(".card time")[1].GetAttribute("datetime"));
        Assert.Contains("Hội nghị sơ kết 6 tháng · Đảng bộ thị trấn Sa Rài", page.Texts(".card .kind"));
    }

    [Fact]
    public async Task Item_pages_have_breadcrumbs_through_their_list_page()
    {
        foreach (var (path, section, href) in new[]
                 {
                     ("/can-bo/dinh-van-dung", "Lãnh đạo", "/lanh-dao"),
                     ("/to-chuc/dang-bo-thi-tran-sa-rai", "Tổ chức", "/to-chuc"),
                     ("/van-ban/nghi-quyet-45-nq-du", "Văn bản", "/van-ban"),
                     ("/nhiem-vu/nhiem-vu-trong-tam-6-thang-cuoi-nam-2023", "Nhiệm vụ", "/nhiem-vu"),
                 })
        {
            var page = await site.GetAsync(path);
            var link = page.Document.QuerySelectorAll("nav.breadcrumbs a")[1];
            Assert.Equal((section, href), (link.TextContent.Trim(), link.GetAttribute("href")));
            Assert.Equal(page.Text("h1"), page.Text("nav.breadcrumbs li:last-child"));
        }

        var introduction = await site.GetAsync("/gioi-thieu");
        Assert.Equal(["Trang chủ", "Giới thiệu"], introduction.Texts("nav.breadcrumbs li"));
        Assert.Equal("Giới thiệu", introduction.Text("nav[aria-label='Menu chính'] a[aria-current=page]"));
        Assert.StartsWith("Chức năng, nhiệm vụ", PageChecks.Meta(introduction.Document, "og:description"), StringComparison.Ordinal);
    }
}
