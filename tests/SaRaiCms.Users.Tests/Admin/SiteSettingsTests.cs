using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>/admin/settings on the Sa Rài site: what it saves shows on the public pages at once. Each test has its own site.</summary>
public sealed class SiteSettingsTests : IAsyncLifetime
{
    private readonly SiteFactory _site = Start("sarai");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private Task<SiteSettings> SettingsAsync()
        => _site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>())!);

    [Fact]
    public async Task A_new_site_name_and_phone_show_on_the_public_home_page_on_the_next_request()
    {
        using var visitor = new Browser(_site);
        var (_, before) = await visitor.GetAsync("/");
        Assert.Equal("Đảng bộ thị trấn Sa Rài", before.QuerySelector(".brand-name")?.TextContent);
        Assert.DoesNotContain("Điện thoại", before.QuerySelector(".site-footer address")?.TextContent);

        using var admin = await SignedInAsync(_site);
        var (saved, _) = await admin.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string>
        {
            ["SiteName"] = "Đảng bộ thị trấn Sa Rài (thử)",
            ["Phone"] = "0277 3841 234",
            ["Fax"] = "0277 3841 235",
            ["Email"] = "dangbo@sarai.gov.vn",
            ["EmblemPath"] = "/media/bieu-trung.png",
        });
        Assert.Equal("/admin/settings", Browser.RedirectTarget(saved));
        Assert.Equal("Đã lưu cấu hình. Trang công khai hiển thị thay đổi ngay.", Notice(await FollowAsync(admin, saved)));

        var (_, after) = await visitor.GetAsync("/");
        Assert.Equal("Đảng bộ thị trấn Sa Rài (thử)", after.QuerySelector(".brand-name")?.TextContent);
        Assert.Equal("Đảng bộ thị trấn Sa Rài (thử)", after.Title);
        var footer = after.QuerySelector(".site-footer address")!;
        Assert.Contains("Điện thoại: 0277 3841 234", footer.TextContent);
        Assert.Equal("tel:02773841234", footer.QuerySelector("a[href^='tel:']")?.GetAttribute("href"));
        Assert.Contains("Fax: 0277 3841 235", footer.TextContent);
        Assert.Contains("Địa chỉ: Thị trấn Sa Rài, huyện Tân Hồng, tỉnh Đồng Tháp", footer.TextContent);
        Assert.Equal("/media/bieu-trung.png", after.QuerySelector("img.emblem")?.GetAttribute("src"));

        // Stored where the setup recipe keeps contacts, so recipes and exports see the same data.
        var settings = await SettingsAsync();
        Assert.Equal("0277 3841 234", settings.GetProperty<SiteContactSettings>(SiteContactSettings.Key).Phone);
    }

    [Fact]
    public async Task Page_size_and_time_zone_are_saved_and_used()
    {
        var (_, before) = await new Browser(_site).GetAsync("/tin-tuc");
        Assert.Equal(3, before.QuerySelectorAll(".summary-list > *").Length);
        using var admin = await SignedInAsync(_site);
        await admin.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string>
        {
            ["PageSize"] = "2",
            ["TimeZoneId"] = "Asia/Bangkok",
            ["Culture"] = "en",
            ["HomeRoute"] = "/gioi-thieu",
        });
        var settings = await SettingsAsync();
        Assert.Equal(2, settings.PageSize);
        Assert.Equal("Asia/Bangkok", settings.TimeZoneId);
        Assert.Equal("en", settings.Culture);
        Assert.Equal("/gioi-thieu", settings.HomeRoute);

        var (_, news) = await new Browser(_site).GetAsync("/tin-tuc");
        Assert.Equal(2, news.QuerySelectorAll(".summary-list > *").Length);
    }
}

public sealed class SaraiSite : IAsyncLifetime
{
    public SiteFactory Site { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Site = Start("sarai");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>The settings form and its validation; nothing here saves, so the tests share one Sa Rài site.</summary>
public sealed class SiteSettingsFormTests(SaraiSite fixture) : IClassFixture<SaraiSite>
{
    private SiteFactory Site => fixture.Site;

    private Task<SiteSettings> SettingsAsync()
        => Site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>())!);

    [Fact]
    public async Task The_form_shows_what_the_setup_recipe_set()
    {
        using var admin = await SignedInAsync(Site);
        var (response, page) = await admin.GetAsync("/admin/settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var form = page.QuerySelector<IHtmlFormElement>("#site-settings")!;
        Assert.Equal("Đảng bộ thị trấn Sa Rài", form.QuerySelector<IHtmlInputElement>("input[name=SiteName]")?.Value);
        Assert.Equal("Thị trấn Sa Rài, huyện Tân Hồng, tỉnh Đồng Tháp", form.QuerySelector<IHtmlInputElement>("input[name=Address]")?.Value);
        Assert.Equal("10", form.QuerySelector<IHtmlInputElement>("input[name=PageSize]")?.Value);
        Assert.Equal("Asia/Ho_Chi_Minh", form.QuerySelector<IHtmlSelectElement>("select[name=TimeZoneId]")?.Value);
        Assert.Equal("vi-VN", form.QuerySelector<IHtmlSelectElement>("select[name=Culture]")?.Value);
        foreach (var input in form.QuerySelectorAll<IHtmlElement>("input:not([type=hidden]), select"))
        {
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Theory]
    [InlineData("TimeZoneId", "Mars/Olympus_Mons", "Múi giờ “Mars/Olympus_Mons” không có; hãy chọn một múi giờ trong danh sách (ví dụ Asia/Ho_Chi_Minh).")]
    [InlineData("PageSize", "0", "Số mục mỗi trang phải từ 1 đến 100.")]
    [InlineData("PageSize", "101", "Số mục mỗi trang phải từ 1 đến 100.")]
    [InlineData("Culture", "fr-FR", "Ngôn ngữ mặc định chỉ có thể là tiếng Việt (vi-VN) hoặc tiếng Anh (en).")]
    [InlineData("SiteName", "", "Hãy nhập tên trang.")]
    [InlineData("Email", "khong-phai-thu", "Địa chỉ thư điện tử không hợp lệ.")]
    [InlineData("EmblemPath", "javascript:alert(1)", "Đường dẫn biểu trưng phải bắt đầu bằng / (ví dụ: /media/bieu-trung.png).")]
    [InlineData("HomeRoute", "khong-co-noi-dung-nay", "“khong-co-noi-dung-nay” không phải đường dẫn (bắt đầu bằng /) hay mã của một nội dung có trên trang.")]
    public async Task Invalid_input_re_renders_with_the_message_and_saves_nothing(string field, string value, string message)
    {
        var before = await SettingsAsync();
        using var admin = await SignedInAsync(Site);
        var (response, page) = await admin.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string>
        {
            ["SiteName"] = "Không được lưu",
            ["Phone"] = "0999 999 999",
            [field] = value,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldError(page, field));
        if (field != "SiteName")
        {
            Assert.Equal("Không được lưu", page.QuerySelector<IHtmlInputElement>("input[name=SiteName]")?.Value);
        }

        var after = await SettingsAsync();
        Assert.Equal(before.DocumentVersion, after.DocumentVersion);
        Assert.Equal("Đảng bộ thị trấn Sa Rài", after.SiteName);
        Assert.Equal(10, after.PageSize);
        Assert.Equal("Asia/Ho_Chi_Minh", after.TimeZoneId);
        var (_, home) = await new Browser(Site).GetAsync("/");
        Assert.DoesNotContain("0999 999 999", home.QuerySelector(".site-footer")?.TextContent);
    }
}
