using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Officials;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Committee;

/// <summary>The Sa Rài site as the setup recipe makes it: meetings, officials, organisations, documents.</summary>
public sealed class CommitteeSiteTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(setupRecipe: "sarai");

    public Task InitializeAsync()
    {
        _ = _site.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        var response = await _site.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Meeting_page_names_the_chair_with_the_titles_he_held_that_day_and_the_results()
    {
        var page = await GetAsync("/hoi-nghi/so-ket-6-thang-dau-nam-2023");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Chiều ngày 28 tháng 6 năm 2023", text);

        var participants = page.QuerySelectorAll(".participants dt, .participants dd").Select(e => Collapse(e.TextContent)).ToList();
        var chair = participants.IndexOf("Chủ trì");
        Assert.True(chair >= 0);
        Assert.StartsWith("Đồng chí Đinh Văn Dũng – Huyện ủy viên, Bí thư Đảng ủy thị trấn", participants[chair + 1]);
        Assert.Contains(participants, p => p.StartsWith("Đồng chí Lê Thị Lê Thủy – Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy Tân Hồng", StringComparison.Ordinal));

        var indicators = page.QuerySelector("table.indicators")!.TextContent;
        Assert.Contains("59% kế hoạch", indicators);
        Assert.Contains("4/11 (45,45%)", indicators);
        Assert.Contains("theo số liệu 4/11 là 36,36%", indicators);
        Assert.Contains("1.380 cơ sở", indicators);
        Assert.NotNull(page.QuerySelector("figure.chart svg[role=img]"));

        var tasks = page.QuerySelectorAll("table.tasks tbody tr");
        Assert.Equal(11, tasks.Length);
        Assert.Contains("đô thị loại IV", tasks[3].TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/van-ban/nghi-quyet-45-nq-du");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023");
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public async Task A_2025_position_changes_the_official_page_but_not_the_2023_meeting_page()
    {
        await _site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var official = (await content.GetAsync("off-dinh-van-dung", VersionOptions.DraftRequired))!;
            official.Alter<OfficialPart>(p => p.Positions.Add(new Position
            {
                Title = "Bí thư Đảng ủy xã Tân Hồng",
                OrganisationId = "org-dang-bo-xa-tan-hong",
                StartDate = new DateTime(2025, 7, 1),
                Order = 0,
            }));
            Assert.True((await content.UpdateAsync(official)).Succeeded);
            await content.PublishAsync(official);
            await content.SaveChangesAsync();
        });

        var officialPage = await GetAsync("/can-bo/dinh-van-dung");
        Assert.Equal("Bí thư Đảng ủy xã Tân Hồng", officialPage.QuerySelector(".official .titles")!.TextContent.Trim());
        var history = officialPage.QuerySelectorAll("ol.positions li strong").Select(e => e.TextContent).ToList();
        Assert.Equal(["Bí thư Đảng ủy xã Tân Hồng", "Huyện ủy viên", "Bí thư Đảng ủy thị trấn"], history);

        var meeting = await GetAsync("/hoi-nghi/so-ket-6-thang-dau-nam-2023");
        var chair = Collapse(meeting.QuerySelectorAll(".participants dd").First().TextContent);
        Assert.Contains("Huyện ủy viên, Bí thư Đảng ủy thị trấn", chair);
        Assert.DoesNotContain("xã Tân Hồng", chair);
    }

    [Fact]
    public async Task Titles_as_of_a_date_come_from_the_position_index()
    {
        await _site.InScopeAsync(async sp =>
        {
            var titles = sp.GetRequiredService<OfficialTitles>();
            Assert.Equal("Huyện ủy viên, Bí thư Đảng ủy thị trấn", OfficialTitles.Line(await titles.HeldOnAsync("off-dinh-van-dung", new DateTime(2023, 6, 28))));
            Assert.Empty(await titles.HeldOnAsync("off-dinh-van-dung", new DateTime(2025, 7, 2)));
            Assert.Empty(await titles.HeldOnAsync("off-dinh-van-dung", new DateTime(2019, 1, 1)));
        });
    }

    [Fact]
    public async Task The_old_organisation_page_leads_to_its_successor()
    {
        var page = await GetAsync("/to-chuc/dang-bo-thi-tran-sa-rai");
        var notice = page.QuerySelector(".organisation .notice")!;
        Assert.Contains("kết thúc hoạt động ngày 30 tháng 6 năm 2025", notice.TextContent);
        Assert.Equal("/to-chuc/dang-bo-xa-tan-hong", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Chi bộ khóm 1", page.QuerySelector("main")!.TextContent);

        var successor = await GetAsync("/to-chuc/dang-bo-xa-tan-hong");
        Assert.Null(successor.QuerySelector(".organisation .notice"));
        Assert.Contains(successor.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/to-chuc/dang-bo-thi-tran-sa-rai");
    }

    [Fact]
    public async Task Official_page_lists_positions_newest_first_and_document_page_its_facts()
    {
        var official = await GetAsync("/can-bo/tran-thi-b");
        var positions = official.QuerySelectorAll("ol.positions li strong").Select(e => e.TextContent).ToList();
        Assert.Equal(["Bí thư Chi bộ khóm 1", "Đảng ủy viên"], positions);

        var document = await GetAsync("/van-ban/quyet-dinh-43-2024-qd-ubnd");
        var facts = document.QuerySelector(".document .facts")!.TextContent;
        Assert.Contains("43/2024/QĐ-UBND", facts);
        Assert.Contains("15/03/2024", facts);
    }

    [Fact]
    public async Task A_document_number_that_does_not_parse_is_refused_and_one_that_parses_is_found_by_number()
    {
        await _site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var bad = await content.NewAsync(CommitteeTypes.Document);
            bad.Alter<SaRaiCms.Contents.Models.TitlePart>(p => p.Title = "Thông báo sai số");
            bad.Alter<DocumentPart>(p =>
            {
                p.DocumentType = "Thông báo";
                p.Number = "TB-7/ĐU";
                p.IssuedDate = new DateTime(2023, 8, 1);
            });
            var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(bad, VersionOptions.Published));
            Assert.Contains(error.Result.Errors, e => e.Member == "DocumentPart.Number" && e.Message.Contains("45-NQ/ĐU"));

            var mismatch = await content.NewAsync(CommitteeTypes.Document);
            mismatch.Alter<SaRaiCms.Contents.Models.TitlePart>(p => p.Title = "Sai loại");
            mismatch.Alter<DocumentPart>(p =>
            {
                p.DocumentType = "Chỉ thị";
                p.Number = "7-TB/ĐU";
                p.IssuedDate = new DateTime(2023, 8, 1);
            });
            var mismatchError = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(mismatch, VersionOptions.Published));
            Assert.Contains("không khớp", mismatchError.Message);

            var good = await content.NewAsync(CommitteeTypes.Document);
            good.Alter<SaRaiCms.Contents.Models.TitlePart>(p => p.Title = "Thông báo kết luận hội nghị");
            good.Alter<DocumentPart>(p =>
            {
                p.Number = " 7-TB/ĐU ";
                p.IssuedDate = new DateTime(2023, 8, 1);
            });
            await content.CreateAsync(good, VersionOptions.Published);
            await content.SaveChangesAsync();
            Assert.Equal("Thông báo", good.As<DocumentPart>()!.DocumentType);
        });

        await _site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            foreach (var typed in new[] { "7-TB/ĐU", "7-tb/du", "7 TB" })
            {
                var key = DocumentNumber.Key(typed);
                var found = await session.Query<DocumentIndex>().Where(d => d.Published && d.NumberKey.StartsWith(key)).Select(d => d.Number).ToListAsync();
                Assert.Equal(["7-TB/ĐU"], found);
            }
        });
    }
}
