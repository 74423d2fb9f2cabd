using System.Net;
using SaRaiCms.Committee.Tests.Site.Infrastructure;

namespace SaRaiCms.Committee.Tests.Site;

/// <summary>Every public page type of the Sa Rài site renders as a well-formed, accessible page of the theme.</summary>
[Collection(SaraiSiteCollection.Name)]
public sealed class PublicPageTests(SaraiSite site)
{
    /// <summary>Every page type: lists, each filter, and one item of each type.</summary>
    public static readonly IReadOnlyList<string> PagePaths =
    [
        "/",
        "/tin-tuc",
        "/tin-tuc?page=2",
        "/tin-tuc?chuyen-muc=xay-dung-dang",
        "/tin-tuc?chuyen-muc=cat-doan-the",
        SaraiSite.NewsPath,
        SaraiSite.NewsPath + "?print=1",
        "/hoi-nghi",
        "/hoi-nghi/so-ket-6-thang-dau-nam-2023",
        "/lanh-dao",
        "/to-chuc",
        "/to-chuc/dang-bo-thi-tran-sa-rai",
        "/to-chuc/dang-bo-xa-tan-hong",
        "/can-bo/dinh-van-dung",
        "/nhiem-vu",
        "/nhiem-vu?trang-thai=NotStarted",
        "/nhiem-vu?trang-thai=InProgress",
        "/nhiem-vu?trang-thai=Done",
        "/nhiem-vu?trang-thai=Overdue",
        "/nhiem-vu/nhiem-vu-trong-tam-6-thang-cuoi-nam-2023",
        "/van-ban",
        "/van-ban?loai=Ngh%E1%BB%8B%20quy%E1%BA%BFt",
        "/van-ban?nam=2024",
        "/van-ban?so=45-NQ%2F%C4%90U",
        "/van-ban/nghi-quyet-45-nq-du",
        "/gioi-thieu",
        "/en/introduction",
    ];

    public static TheoryData<string> Pages => new(PagePaths);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_a_well_formed_themed_page(string path)
        => PageChecks.AssertPublicPage(await site.GetAsync(path));

    [Fact]
    public async Task Unknown_path_is_the_themes_vietnamese_404_page()
    {
        var page = await site.GetAsync("/khong-co-trang-nay", HttpStatusCode.NotFound);
        PageChecks.AssertPublicPage(page);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
        Assert.NotNull(page.Document.QuerySelector(".not-found[data-theme='SaRaiCms.CommitteeTheme'] a[href='/']"));
        Assert.Equal("Không tìm thấy trang - Đảng bộ thị trấn Sa Rài", page.Document.Title);
    }

    [Theory]
    [InlineData("/tin-tuc?chuyen-muc=khong-co")]
    [InlineData("/nhiem-vu?trang-thai=Lost")]
    public async Task Unknown_filter_values_answer_404_with_the_same_page(string path)
    {
        var page = await site.GetAsync(path, HttpStatusCode.NotFound);
        PageChecks.AssertPublicPage(page);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
    }

    [Fact]
    public async Task Search_page_is_a_themed_page()
    {
        var page = await site.GetAsync("/search?q=" + Uri.EscapeDataString("sa rai"));
        PageChecks.AssertPublicPage(page);
    }

    [Fact]
    public async Task Layout_has_the_site_name_menu_breadcrumbs_and_open_graph()
    {
        var page = await site.GetAsync("/hoi-nghi/so-ket-6-thang-dau-nam-2023");
        var document = page.Document;

        Assert.Equal("Đảng bộ thị trấn Sa Rài", page.Text("header .brand-name"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("header img.emblem")!.GetAttribute("alt")));
        Assert.Equal(
            ["Trang chủ", "Giới thiệu", "Tin tức", "Hội nghị", "Lãnh đạo", "Tổ chức", "Văn bản", "Nhiệm vụ", "Tìm kiếm"],
            page.Texts("nav[aria-label='Menu chính'] a"));
        Assert.Equal("/search", document.QuerySelectorAll("nav[aria-label='Menu chính'] a").Last().GetAttribute("href"));
        Assert.Equal("Hội nghị", page.Text("nav[aria-label='Menu chính'] a[aria-current=page]"));
        Assert.Equal(["Trang chủ", "Hội nghị", "Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023"], page.Texts("nav.breadcrumbs li"));
        Assert.Equal("/hoi-nghi", document.QuerySelectorAll("nav.breadcrumbs a")[1].GetAttribute("href"));
        Assert.Equal("page", document.QuerySelector("nav.breadcrumbs li:last-child")!.GetAttribute("aria-current"));

        Assert.Equal("http://localhost/hoi-nghi/so-ket-6-thang-dau-nam-2023", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Hội nghị Đảng bộ thị trấn Sa Rài sơ kết 6 tháng đầu năm 2023", PageChecks.Meta(document, "og:title"));
        Assert.StartsWith("Đảng bộ đánh giá kết quả lãnh đạo 6 tháng đầu năm 2023", PageChecks.Meta(document, "og:description"));
        Assert.Equal("Đảng bộ thị trấn Sa Rài", PageChecks.Meta(document, "og:site_name"));
        Assert.Contains("Thị trấn Sa Rài, huyện Tân Hồng, tỉnh Đồng Tháp", page.Text("footer address"));
    }

    [Fact]
    public async Task Theme_stylesheets_are_linked_and_the_print_view_uses_the_print_stylesheet_on_screen()
    {
        var normal = await site.GetAsync(SaraiSite.NewsPath);
        var print = normal.Document.QuerySelector("link[href$='/print.css']")!;
        Assert.Equal("/_content/SaRaiCms.CommitteeTheme/css/print.css", print.GetAttribute("href"));
        Assert.Equal("print", print.GetAttribute("media"));
        Assert.NotNull(normal.Document.QuerySelector("link[rel=stylesheet][href='/_content/SaRaiCms.CommitteeTheme/css/site.css']"));
        Assert.Null(normal.Document.QuerySelector(".print-toolbar"));

        var printView = await site.GetAsync(SaraiSite.NewsPath + "?print=1");
        Assert.Equal("all", printView.Document.QuerySelector("link[href$='/print.css']")!.GetAttribute("media"));
        Assert.Contains("print-view", printView.Document.Body!.ClassList);
        Assert.NotNull(printView.Document.QuerySelector(".print-toolbar button[data-print]"));
    }

    [Fact]
    public async Task Theme_static_files_are_served()
    {
        using var css = await site.Client.GetAsync("/_content/SaRaiCms.CommitteeTheme/css/print.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".main-nav", await css.Content.ReadAsStringAsync());
    }
}
