using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.ContentTypes;

/// <summary>The content type editor on an empty site, driven through its forms as an administrator.</summary>
public sealed class ContentTypeEditorTests(EmptySite site) : IClassFixture<EmptySite>
{
    [Fact]
    public async Task An_administrator_builds_a_type_with_text_date_and_media_fields_and_its_published_item_is_shown()
    {
        using var admin = await site.SignInAsync();

        // The technical name is left empty: it is made from the Vietnamese display name.
        await TypeEditorSite.CreateTypeAsync(admin, "Gương điển hình");
        var type = await site.TypeAsync("GuongDienHinh");
        Assert.NotNull(type);
        Assert.Equal("Gương điển hình", type.DisplayName);
        Assert.Equal(["TitlePart", "GuongDienHinh", "AutoroutePart"], type.OrderedParts().Select(p => p.Name));
        Assert.True(type.TypeSettings is { Creatable: true, Listable: true, Draftable: true, Versionable: true, Securable: true });

        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "TextField", "Summary", "Tóm tắt thành tích",
            new() { ["Required"] = "true", ["Hint"] = "Một đoạn ngắn", ["MaxLength"] = "500" });
        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "DateField", "AwardedOn", "Ngày tuyên dương");
        await TypeEditorSite.AddFieldAsync(admin, "GuongDienHinh", "MediaField", "Photo", "Ảnh", new() { ["Multiple"] = "false" });

        var part = await site.PartAsync("GuongDienHinh");
        Assert.Equal(["Summary", "AwardedOn", "Photo"], part!.OrderedFields().Select(f => f.Name));
        var summary = part.Fields.Single(f => f.Name == "Summary");
        Assert.Equal("Tóm tắt thành tích", summary.GetSettings<ContentPartFieldSettings>().DisplayName);
        var textSettings = summary.GetSettings<SaRaiCms.Contents.Models.TextFieldSettings>();
        Assert.True(textSettings.Required);
        Assert.Equal("Một đoạn ngắn", textSettings.Hint);
        Assert.Equal(500, textSettings.MaxLength);
        Assert.False(part.Fields.Single(f => f.Name == "Photo").GetSettings<SaRaiCms.Contents.Models.MediaFieldSettings>().Multiple);

        // The new type is at once in the contents list's filter and its "Tạo mới" menu.
        var (_, list) = await admin.GetAsync("/admin/contents");
        Assert.NotNull(list.QuerySelector("#filter-type option[value=GuongDienHinh]"));
        Assert.NotNull(list.QuerySelector(".create-menu a[href='/admin/contents/new/GuongDienHinh']"));

        // The editor built from the definition shows the hint; the required field is enforced.
        var (_, editor) = await admin.GetAsync("/admin/contents/new/GuongDienHinh");
        Assert.Contains("Một đoạn ngắn", editor.QuerySelector("form.content-edit")!.TextContent);
        var (refused, refusedPage) = await admin.SubmitAsync("/admin/contents/new/GuongDienHinh", "form.content-edit",
            new Dictionary<string, string> { ["TitlePart.Title"] = "Thiếu tóm tắt" }, "submitAction", "publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Tóm tắt thành tích", TypeEditorSite.Errors(refusedPage));

        var id = await TypeEditorSite.PublishItemAsync(admin, "GuongDienHinh", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Nguyễn Văn A",
            ["GuongDienHinh.Summary.Text"] = "Đảng viên tiêu biểu trong học tập và làm theo tư tưởng Hồ Chí Minh.",
            ["GuongDienHinh.AwardedOn.Value"] = "2026-03-26",
            ["GuongDienHinh.Photo.Entries"] = "anh/guong.jpg | Ảnh đồng chí Nguyễn Văn A",
        });
        var item = await site.LatestAsync(id);
        Assert.True(item!.Published);
        Assert.Equal("guong-dien-hinh/nguyen-van-a", item.As<SaRaiCms.Contents.Models.AutoroutePart>()!.Path);

        using var visitor = new Browser(site.Site);
        var (response, page) = await visitor.GetAsync("/guong-dien-hinh/nguyen-van-a");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.Body!.TextContent;
        Assert.Contains("Nguyễn Văn A", text);
        Assert.Contains("Đảng viên tiêu biểu trong học tập và làm theo tư tưởng Hồ Chí Minh.", text);
        Assert.Contains("26/03/2026", text);
        var image = page.QuerySelector<IHtmlImageElement>(".field-Photo img");
        Assert.NotNull(image);
        Assert.EndsWith("anh/guong.jpg", image.GetAttribute("src"));
        Assert.Equal("Ảnh đồng chí Nguyễn Văn A", image.AlternativeText);

        // The list shows the type with its technical name and its item.
        var (_, types) = await admin.GetAsync("/admin/content-types");
        var row = types.QuerySelector("tr[data-type=GuongDienHinh]");
        Assert.NotNull(row);
        Assert.Contains("Gương điển hình", row.TextContent);
        Assert.Equal("1", row.QuerySelector(".count")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_create_form_suggests_a_pascal_case_technical_name_without_saving()
    {
        using var admin = await site.SignInAsync();
        var before = await site.DefinitionsJsonAsync();
        var (response, page) = await admin.SubmitAsync("/admin/content-types/new", "form.content-type-create",
            new Dictionary<string, string> { ["DisplayName"] = "Kết quả thực hiện chỉ tiêu", ["Suggest"] = "1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("KetQuaThucHienChiTieu", page.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal(before, await site.DefinitionsJsonAsync());
    }

    [Theory]
    [InlineData("Loại sai tên", "1LoaiSai", "chỉ gồm chữ cái không dấu")]
    [InlineData("Loại có dấu", "LoạiCóDấu", "chỉ gồm chữ cái không dấu")]
    [InlineData("Loại có dấu cách", "Loai Sai", "chỉ gồm chữ cái không dấu")]
    [InlineData("Trùng phần tiêu đề", "TitlePart", "tên dành riêng")]
    [InlineData("Trùng thuộc tính", "ContentType", "tên dành riêng")]
    [InlineData("", "LoaiKhongTen", "Hãy nhập tên hiển thị")]
    public async Task An_invalid_technical_name_re_renders_with_a_message_and_saves_nothing(string displayName, string name, string message)
    {
        using var admin = await site.SignInAsync();
        var before = await site.DefinitionsJsonAsync();
        var (response, page) = await admin.SubmitAsync("/admin/content-types/new", "form.content-type-create",
            new Dictionary<string, string> { ["DisplayName"] = displayName, ["Name"] = name });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, TypeEditorSite.Errors(page));
        // What was typed is kept.
        Assert.Equal(displayName, page.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal(name, page.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal(before, await site.DefinitionsJsonAsync());
    }

    [Fact]
    public async Task A_duplicate_type_or_field_name_re_renders_with_a_message_and_saves_nothing()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Thông báo", "ThongBao");
        await TypeEditorSite.AddFieldAsync(admin, "ThongBao", "TextField", "Noi", "Nơi nhận");
        var before = await site.DefinitionsJsonAsync();

        var (response, page) = await admin.SubmitAsync("/admin/content-types/new", "form.content-type-create",
            new Dictionary<string, string> { ["DisplayName"] = "Thông báo khác", ["Name"] = "thongbao" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã có loại nội dung “Thông báo”", TypeEditorSite.Errors(page));

        // A display name whose suggestion clashes is refused too, not silently renamed.
        (response, page) = await admin.SubmitAsync("/admin/content-types/new", "form.content-type-create",
            new Dictionary<string, string> { ["DisplayName"] = "Thông báo" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ThongBao", TypeEditorSite.Errors(page));

        (response, page) = await admin.SubmitAsync("/admin/content-types/ThongBao/fields/new?fieldType=NumericField", "form.field-edit",
            new Dictionary<string, string> { ["DisplayName"] = "Nơi", ["Name"] = "noi" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã có trường “Nơi nhận”", TypeEditorSite.Errors(page));

        (response, page) = await admin.SubmitAsync("/admin/content-types/ThongBao/fields/new?fieldType=NumericField", "form.field-edit",
            new Dictionary<string, string> { ["DisplayName"] = "Số bản", ["Name"] = "2Ban" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bắt đầu bằng chữ cái", TypeEditorSite.Errors(page));
        Assert.Equal(before, await site.DefinitionsJsonAsync());
    }

    [Fact]
    public async Task An_unreadable_setting_re_renders_with_a_message_and_saves_nothing()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Chỉ tiêu thử", "ChiTieuThu");
        var before = await site.DefinitionsJsonAsync();
        var url = "/admin/content-types/ChiTieuThu/fields/new?fieldType=NumericField";
        var values = await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Minimum"] = "mười", ["Scale"] = "-1" });
        values["DisplayName"] = "Giá trị";
        values["Name"] = "GiaTri";
        var (response, page) = await admin.SubmitAsync(url, "form.field-edit", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("Giá trị nhỏ nhất: phải là một số"));
        Assert.Contains(errors, e => e.StartsWith("Số chữ số thập phân: phải là số nguyên"));
        Assert.Equal("mười", page.QuerySelector<IHtmlInputElement>("#setting-Minimum")!.Value);
        Assert.Equal(before, await site.DefinitionsJsonAsync());

        // Vietnamese decimals are accepted.
        foreach (var (key, value) in await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Minimum"] = "2,5", ["Scale"] = "1" }))
        {
            values[key] = value;
        }

        (response, _) = await admin.SubmitAsync(url, "form.field-edit", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = (await site.PartAsync("ChiTieuThu"))!.Fields.Single().GetSettings<SaRaiCms.Contents.Models.NumericFieldSettings>();
        Assert.Equal(2.5m, settings.Minimum);
    }

    [Fact]
    public async Task Removing_a_field_used_by_two_items_shows_the_count_and_changes_nothing_until_confirmed()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Hoạt động", "HoatDong");
        await TypeEditorSite.AddFieldAsync(admin, "HoatDong", "TextField", "Place", "Địa điểm");
        var first = await TypeEditorSite.PublishItemAsync(admin, "HoatDong", new() { ["TitlePart.Title"] = "Ra quân dọn vệ sinh", ["HoatDong.Place.Text"] = "Khóm 1" });
        await TypeEditorSite.PublishItemAsync(admin, "HoatDong", new() { ["TitlePart.Title"] = "Hiến máu tình nguyện", ["HoatDong.Place.Text"] = "Khóm 2" });
        var before = await site.DefinitionsJsonAsync();

        var (response, page) = await admin.GetAsync("/admin/content-types/HoatDong/fields/Place/remove");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 mục đang dùng trường này", page.QuerySelector(".usage")!.TextContent);
        Assert.Contains("(2 đang xuất bản)", page.QuerySelector(".usage")!.TextContent);
        Assert.Contains("giữ nguyên trong các phiên bản cũ nhưng sẽ không còn hiện/sửa được", page.QuerySelector(".consequence")!.TextContent);
        Assert.Equal(before, await site.DefinitionsJsonAsync());

        // A post without the explicit confirmation changes nothing.
        var token = page.QuerySelector<IHtmlInputElement>("form.confirm-removal input[name=__RequestVerificationToken]")!.Value;
        (response, _) = await admin.PostAsync("/admin/content-types/HoatDong/fields/Place/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal("/admin/content-types/HoatDong/fields/Place/remove", Browser.RedirectTarget(response));
        Assert.Equal(before, await site.DefinitionsJsonAsync());

        (response, _) = await admin.SubmitAsync("/admin/content-types/HoatDong/fields/Place/remove", "form.confirm-removal");
        Assert.Equal("/admin/content-types/HoatDong", Browser.RedirectTarget(response));
        Assert.Empty((await site.PartAsync("HoatDong"))!.Fields);

        // The stored value is kept in the document; the page no longer shows it.
        var item = await site.LatestAsync(first);
        Assert.Equal("Khóm 1", item!.Get<ContentPart>("HoatDong")!.Get<SaRaiCms.Contents.Models.TextField>("Place")!.Text);
        using var visitor = new Browser(site.Site);
        var (_, publicPage) = await visitor.GetAsync("/hoat-dong/ra-quan-don-ve-sinh");
        Assert.Contains("Ra quân dọn vệ sinh", publicPage.Body!.TextContent);
        Assert.DoesNotContain("Khóm 1", publicPage.Body!.TextContent);
    }

    [Fact]
    public async Task A_fields_display_name_and_settings_are_edited_and_type_settings_saved()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Khen thưởng", "KhenThuong");
        await TypeEditorSite.AddFieldAsync(admin, "KhenThuong", "TextField", "Reason", "Lý do");

        var url = "/admin/content-types/KhenThuong/fields/Reason";
        var values = await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Required"] = "true", ["MaxLength"] = "200" });
        values["DisplayName"] = "Lý do khen thưởng";
        var (response, _) = await admin.SubmitAsync(url, "form.field-edit", values);
        Assert.Equal("/admin/content-types/KhenThuong", Browser.RedirectTarget(response));
        var field = (await site.PartAsync("KhenThuong"))!.Fields.Single();
        Assert.Equal("Lý do khen thưởng", field.GetSettings<ContentPartFieldSettings>().DisplayName);
        Assert.True(field.GetSettings<SaRaiCms.Contents.Models.TextFieldSettings>().Required);
        Assert.Equal(200, field.GetSettings<SaRaiCms.Contents.Models.TextFieldSettings>().MaxLength);

        // The contents editor now labels and enforces it.
        var (_, editor) = await admin.GetAsync("/admin/contents/new/KhenThuong");
        Assert.Contains("Lý do khen thưởng", editor.QuerySelector("form.content-edit")!.TextContent);

        // Unticking a type setting saves false (a missing checkbox is "no").
        (response, _) = await admin.SubmitAsync("/admin/content-types/KhenThuong", "form.type-settings-form",
            new Dictionary<string, string> { ["DisplayName"] = "Khen thưởng, kỷ luật" }.Concat(new[] { KeyValuePair.Create("Creatable", "false") }).ToDictionary());
        Assert.Equal("/admin/content-types/KhenThuong", Browser.RedirectTarget(response));
        var type = await site.TypeAsync("KhenThuong");
        Assert.Equal("Khen thưởng, kỷ luật", type!.DisplayName);
        Assert.False(type.TypeSettings.Creatable);
        Assert.True(type.TypeSettings.Listable);
        var (_, list) = await admin.GetAsync("/admin/contents");
        Assert.Null(list.QuerySelector(".create-menu a[href='/admin/contents/new/KhenThuong']"));

        // An empty display name is refused and nothing is saved.
        var before = await site.DefinitionsJsonAsync();
        var (refused, page) = await admin.SubmitAsync("/admin/content-types/KhenThuong", "form.type-settings-form", new Dictionary<string, string> { ["DisplayName"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hãy nhập tên hiển thị", TypeEditorSite.Errors(page));
        Assert.Equal(before, await site.DefinitionsJsonAsync());
    }

    [Fact]
    public async Task Parts_and_fields_move_up_and_down_with_posted_buttons()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Bài phát biểu", "BaiPhatBieu");
        await TypeEditorSite.AddFieldAsync(admin, "BaiPhatBieu", "TextField", "Speaker", "Người phát biểu");
        await TypeEditorSite.AddFieldAsync(admin, "BaiPhatBieu", "DateField", "Date", "Ngày");

        var (response, _) = await admin.SubmitAsync("/admin/content-types/BaiPhatBieu", "tr[data-field=Date] form.move", submitName: "direction", submitValue: "up");
        Assert.Equal("/admin/content-types/BaiPhatBieu", Browser.RedirectTarget(response));
        Assert.Equal(["Date", "Speaker"], (await site.PartAsync("BaiPhatBieu"))!.OrderedFields().Select(f => f.Name));

        await admin.SubmitAsync("/admin/content-types/BaiPhatBieu", "tr[data-part=TitlePart] form.move", submitName: "direction", submitValue: "down");
        Assert.Equal(["BaiPhatBieu", "TitlePart", "AutoroutePart"], (await site.TypeAsync("BaiPhatBieu"))!.OrderedParts().Select(p => p.Name));

        // The editor page lists them in the new order, and the first "up" button is disabled.
        var (_, page) = await admin.GetAsync("/admin/content-types/BaiPhatBieu");
        Assert.Equal(["Date", "Speaker"], page.QuerySelectorAll("tr[data-field]").Select(r => r.GetAttribute("data-field")));
        Assert.True(page.QuerySelector<IHtmlButtonElement>("tr[data-field=Date] button[value=up]")!.IsDisabled);
    }

    [Fact]
    public async Task Parts_are_attached_configured_and_removed_after_a_confirmation()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Chuyên đề", "ChuyenDe");
        var (response, _) = await admin.SubmitAsync("/admin/content-types/ChuyenDe", "form.attach-part", new Dictionary<string, string> { ["partName"] = "HtmlBodyPart" });
        Assert.Equal("/admin/content-types/ChuyenDe", Browser.RedirectTarget(response));
        Assert.Equal("HtmlBodyPart", (await site.TypeAsync("ChuyenDe"))!.OrderedParts().Last().Name);

        // A system part cannot be attached by hand.
        var (_, page) = await admin.GetAsync("/admin/content-types/ChuyenDe");
        Assert.Null(page.QuerySelector("form.attach-part option[value=ContainedPart]"));
        Assert.Null(page.QuerySelector("form.attach-part option[value=HtmlBodyPart]"));

        // The route pattern is a setting of the attached part; invalid Liquid is refused.
        var url = "/admin/content-types/ChuyenDe/parts/AutoroutePart";
        var values = await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Pattern"] = "chuyen-de/{{ ContentItem.DisplayText | slugify" });
        var before = await site.DefinitionsJsonAsync();
        (response, page) = await admin.SubmitAsync(url, "form.part-settings", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Liquid", TypeEditorSite.Errors(page));
        Assert.Equal(before, await site.DefinitionsJsonAsync());
        values = await TypeEditorSite.SettingFieldsAsync(admin, url, new() { ["Pattern"] = "chuyen-de/{{ ContentItem.DisplayText | slugify }}", ["AllowCustomPath"] = "true" });
        (response, _) = await admin.SubmitAsync(url, "form.part-settings", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = (await site.TypeAsync("ChuyenDe"))!.Parts.Single(p => p.Name == "AutoroutePart").GetSettings<SaRaiCms.Contents.Models.AutoroutePartSettings>();
        Assert.Equal("chuyen-de/{{ ContentItem.DisplayText | slugify }}", settings.Pattern);
        Assert.True(settings.AllowCustomPath);

        (_, page) = await admin.GetAsync("/admin/content-types/ChuyenDe/parts/HtmlBodyPart/remove");
        Assert.Contains("0 mục đang dùng phần này", page.QuerySelector(".usage")!.TextContent);
        Assert.NotNull((await site.TypeAsync("ChuyenDe"))!.Parts.SingleOrDefault(p => p.Name == "HtmlBodyPart"));
        await admin.SubmitAsync("/admin/content-types/ChuyenDe/parts/HtmlBodyPart/remove", "form.confirm-removal");
        Assert.Null((await site.TypeAsync("ChuyenDe"))!.Parts.SingleOrDefault(p => p.Name == "HtmlBodyPart"));
    }

    [Fact]
    public async Task Deleting_a_type_with_items_is_refused_and_an_empty_type_is_deleted_after_confirmation()
    {
        using var admin = await site.SignInAsync();
        await TypeEditorSite.CreateTypeAsync(admin, "Lịch công tác", "LichCongTac");
        var id = await TypeEditorSite.PublishItemAsync(admin, "LichCongTac", new() { ["TitlePart.Title"] = "Lịch tuần 12" });

        var (_, page) = await admin.GetAsync("/admin/content-types/LichCongTac/delete");
        Assert.Contains("Không thể xóa: còn 1 mục", page.QuerySelector(".refusal")!.TextContent);
        Assert.Null(page.QuerySelector("form.confirm-removal"));
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;
        if (token is null)
        {
            (_, var other) = await admin.GetAsync("/admin/content-types/LichCongTac");
            token = other.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        }

        var (response, _) = await admin.PostAsync("/admin/content-types/LichCongTac/delete", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["confirm"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await site.TypeAsync("LichCongTac"));
        Assert.NotNull(await site.LatestAsync(id));

        await TypeEditorSite.CreateTypeAsync(admin, "Loại bỏ đi", "LoaiBoDi");
        (_, page) = await admin.GetAsync("/admin/content-types/LoaiBoDi/delete");
        Assert.Contains("0 mục đang dùng loại này", page.QuerySelector(".usage")!.TextContent);
        (response, _) = await admin.SubmitAsync("/admin/content-types/LoaiBoDi/delete", "form.confirm-removal");
        Assert.Equal("/admin/content-types", Browser.RedirectTarget(response));
        Assert.Null(await site.TypeAsync("LoaiBoDi"));
        Assert.Null(await site.PartAsync("LoaiBoDi"));
    }
}
