using System.Net;
using System.Text.Json;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The JSON the editors' script asks for, and the script itself.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class EditorLookupEndpointTests(EditorSite site)
{
    private const string Titles = "/admin/committee/official-titles?ids=off-dinh-van-dung,off-le-thi-le-thuy&date=2023-06-28";
    private const string Number = "/admin/committee/document-number?number=45-NQ%2F%C4%90U&type=Ngh%E1%BB%8B%20quy%E1%BA%BFt&date=2023-06-30";

    [Theory]
    [InlineData(Titles)]
    [InlineData(Number)]
    public async Task Anonymous_requests_are_sent_to_the_sign_in_page(string url)
    {
        using var browser = new Browser(site.Factory);

        var (response, _) = await browser.GetAsync(url);

        Assert.StartsWith("/login", Browser.RedirectTarget(response));
    }

    [Fact]
    public async Task A_signed_in_editor_gets_the_titles_held_on_the_date()
    {
        using var browser = new Browser(site.Factory);
        await browser.SignInAsync(EditorSite.EditorUser, EditorSite.EditorPassword);

        var json = await JsonAsync(browser, Titles);

        Assert.Equal("2023-06-28", json.GetProperty("date").GetString());
        Assert.Equal("Huyện ủy viên, Bí thư Đảng ủy thị trấn", json.GetProperty("titles").GetProperty("off-dinh-van-dung").GetString());
        Assert.StartsWith("Ủy viên Ban Thường vụ Huyện ủy", json.GetProperty("titles").GetProperty("off-le-thi-le-thuy").GetString());
    }

    [Fact]
    public async Task The_titles_follow_the_date()
    {
        using var browser = new Browser(site.Factory);
        await browser.SignInAsync("admin", SiteFactory.AdminPassword);

        var json = await JsonAsync(browser, "/admin/committee/official-titles?ids=off-dinh-van-dung&date=2025-07-01");

        Assert.Equal("Không có chức vụ nào vào ngày 1/7/2025", json.GetProperty("titles").GetProperty("off-dinh-van-dung").GetString());
    }

    [Fact]
    public async Task A_bad_date_is_a_bad_request_with_a_message()
    {
        using var browser = new Browser(site.Factory);
        await browser.SignInAsync(EditorSite.EditorUser, EditorSite.EditorPassword);

        var response = await browser.Client.GetAsync("/admin/committee/official-titles?ids=off-dinh-van-dung&date=hôm-nay");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ngày không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("45-NQ/ĐU", "Nghị quyết", "doc-nq-45", true, "Đúng mẫu: Nghị quyết, văn bản của Đảng, số 45, cơ quan ban hành ĐU.")]
    [InlineData("45 - NQ/ĐU", "Nghị quyết", "", false, "Số, ký hiệu 45-NQ/ĐU đã dùng cho nghị quyết “Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023 (mẫu)” năm 2023.")]
    [InlineData("43/2024/QĐ-UBND", "Nghị quyết", "", false, "Ký hiệu “QĐ” là của Quyết định, không khớp loại văn bản đã chọn (Nghị quyết).")]
    [InlineData("45 NQ", "Nghị quyết", "", false, "Số, ký hiệu “45 NQ” không đúng mẫu.")]
    public async Task The_number_check_answers_valid_message_and_normalised(string number, string type, string id, bool valid, string message)
    {
        using var browser = new Browser(site.Factory);
        await browser.SignInAsync(EditorSite.EditorUser, EditorSite.EditorPassword);

        var json = await JsonAsync(browser, $"/admin/committee/document-number?number={Uri.EscapeDataString(number)}&type={Uri.EscapeDataString(type)}&date=2023-06-30&id={id}");

        Assert.Equal(valid, json.GetProperty("valid").GetBoolean());
        Assert.StartsWith(message, json.GetProperty("message").GetString());
        if (valid)
        {
            Assert.Equal("45-NQ/ĐU", json.GetProperty("normalised").GetString());
        }
    }

    [Fact]
    public async Task The_editors_script_and_styles_are_served_as_static_web_assets()
    {
        var script = await site.Factory.CreateClient().GetAsync("/_content/SaRaiCms.Committee/admin/committee-editors.js");
        var styles = await site.Factory.CreateClient().GetAsync("/_content/SaRaiCms.Committee/admin/committee-editors.css");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("data-rows", await script.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(Browser browser, string url)
    {
        var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
