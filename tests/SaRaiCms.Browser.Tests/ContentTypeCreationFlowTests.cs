using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// An administrator makes a new kind of content in the browser (a Vietnamese name, the technical
/// name suggested from it, a text, a date and a media field), writes the first item of it from the
/// content list's "Tạo mới" menu and publishes it; a visitor sees the item's values and picture on its page.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ContentTypeCreationFlowTests(ChromiumSite site)
{
    private const string TypeDisplayName = "Gương người tốt việc tốt";
    private const string TypeName = "GuongNguoiTotViecTot";
    private const string Title = "Bà Nguyễn Thị Hoa giúp đỡ hộ nghèo khóm 3";
    private const string PortraitAlt = "Bà Nguyễn Thị Hoa bên bếp ăn từ thiện";
    private const string Achievement = "Mười năm nấu cơm miễn phí cho bệnh nhân nghèo ở Trạm y tế thị trấn.";

    [Fact]
    public async Task A_content_type_made_in_the_browser_gets_an_item_whose_values_visitors_see()
    {
        await using var tab = (await site.SignedInAsync("admin")).Patient();
        var page = tab.Page;
        await page.GotoAsync("/admin/content-types");
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tạo loại nội dung" }).ClickAsync());

        await page.GetByLabel("Tên hiển thị").FillAsync(TypeDisplayName);
        await page.SubmitByAsync("Gợi ý từ tên hiển thị");
        await Assertions.Expect(page.GetByLabel("Tên kỹ thuật")).ToHaveValueAsync(TypeName, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(page.GetByLabel("Tên hiển thị")).ToHaveValueAsync(TypeDisplayName, new() { Timeout = FlowSteps.Timeout });
        foreach (var setting in new[] { "Cho tạo mục mới (hiện trong menu “Tạo mới”)", "Hiện trong danh sách nội dung", "Tiêu đề", "Đường dẫn (URL) tạo từ tiêu đề" })
        {
            await page.GetByLabel(setting, new() { Exact = true }).CheckAsync();
        }

        await page.SubmitByAsync("Tạo loại nội dung");
        await page.ExpectSuccessAsync($"Đã tạo loại nội dung “{TypeDisplayName}” (tên kỹ thuật {TypeName})");
        Assert.EndsWith("/admin/content-types/" + TypeName, new Uri(page.Url).AbsolutePath);

        await AddFieldAsync(page, "Văn bản", "Thành tích");
        await AddFieldAsync(page, "Ngày", "Ngày tuyên dương");
        await AddFieldAsync(page, "Ảnh, tệp đính kèm", "Ảnh");
        var fields = page.Locator(".type-fields tbody tr");
        await Assertions.Expect(fields.Locator("td:first-child")).ToHaveTextAsync(["Thành tích", "Ngày tuyên dương", "Ảnh"], new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(fields.Locator("code")).ToHaveTextAsync(["ThanhTich", "NgayTuyenDuong", "Anh"], new() { Timeout = FlowSteps.Timeout });

        await page.UploadPictureAsync("nguyen-thi-hoa.png", PortraitAlt);
        await page.GotoAsync("/admin/contents");
        await page.Locator("details.create-menu summary").ClickAsync();
        await page.NavigateByAsync(() => page.Locator("details.create-menu").GetByRole(AriaRole.Link, new() { Name = TypeDisplayName, Exact = true }).ClickAsync());
        Assert.EndsWith("/admin/contents/new/" + TypeName, new Uri(page.Url).AbsolutePath);
        await page.Locator("input[name='TitlePart.Title']").FillAsync(Title);
        await page.GetByLabel("Thành tích").FillAsync(Achievement);
        await page.GetByLabel("Ngày tuyên dương").FillAsync("2024-05-19");
        await page.PickFromLibraryAsync("Anh", PortraitAlt);
        await page.SubmitByAsync("Xuất bản");
        await page.ExpectSuccessAsync($"Đã xuất bản “{Title}”");
        var publicUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai" }).GetAttributeAsync("href");
        Assert.NotNull(publicUrl);

        await page.GotoAsync($"/admin/contents?type={TypeName}");
        await Assertions.Expect(page.Locator("ul.content-list a.title")).ToHaveTextAsync([Title], new() { Timeout = FlowSteps.Timeout });

        await using var visitor = (await site.OpenAsync()).Patient();
        var item = visitor.Page;
        var response = await item.GotoAsync(publicUrl);
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(item.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToHaveCountAsync(1, new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(item.Locator(".field-ThanhTich")).ToHaveTextAsync($"Thành tích: {Achievement}", new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(item.Locator(".field-NgayTuyenDuong")).ToHaveTextAsync("Ngày tuyên dương: 19/05/2024", new() { Timeout = FlowSteps.Timeout });
        await Assertions.Expect(item.Locator(".field-NgayTuyenDuong time")).ToHaveAttributeAsync("datetime", "2024-05-19", new() { Timeout = FlowSteps.Timeout });
        var portrait = item.Locator(".field-Anh img");
        await Assertions.Expect(portrait).ToHaveAttributeAsync("alt", PortraitAlt, new() { Timeout = FlowSteps.Timeout });
        await portrait.ExpectLoadedAsync();
        await item.ScreenshotAsync("flow-content-type");
    }

    /// <summary>From the type's page: choose the field's kind, name it (the technical name is made from the label), add it.</summary>
    private static async Task AddFieldAsync(IPage page, string fieldType, string label)
    {
        await page.GetByLabel("Thêm trường kiểu").SelectOptionAsync(new SelectOptionValue { Label = fieldType });
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Thêm trường…" }).ClickAsync());
        await page.GetByLabel("Tên hiển thị").FillAsync(label);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Thêm trường", Exact = true }).ClickAsync());
        await page.ExpectSuccessAsync(label);
        Assert.EndsWith("/admin/content-types/" + TypeName, new Uri(page.Url).AbsolutePath);
    }
}
