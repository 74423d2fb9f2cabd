using System.Text;
using SaRaiCms.Contents.Drivers;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Tests.Infrastructure;
using SaRaiCms.Contents.ViewModels;
using static SaRaiCms.Contents.Tests.Infrastructure.ContentsSite;

namespace SaRaiCms.Contents.Tests.Drivers;

/// <summary>
/// Field drivers, one at a time, on the "Showcase" part: a valid form stores the typed value;
/// an invalid one leaves a Vietnamese message under "Part.Field.Property" and the old value.
/// </summary>
[Collection(ContentsSiteCollection.Name)]
public sealed class FieldDriverTests(ContentsSite site)
{
    private const string Part = "Showcase";

    private Task<DriverRun> Post(string field, params (string Property, string Value)[] values)
        => site.UpdateFieldAsync(ShowcaseId, Part, field, values.ToDictionary(v => $"{Part}.{field}.{v.Property}", v => v.Value));

    private static void AssertOnlyError(DriverRun run, string key, string? contains = null)
    {
        Assert.Equal([key], run.ErrorKeys);
        if (contains is not null)
        {
            Assert.Contains(contains, Assert.Single(run.Errors(key)));
        }
    }

    // Numeric

    [Theory]
    [InlineData("Population", "1.380", 1380)]
    [InlineData("Population", "99.999", 99999)]
    [InlineData("Population", " 1380 ", 1380)]
    [InlineData("Area", "45,45", 45.45)]
    [InlineData("Area", "45.45", 45.45)]
    [InlineData("Area", "1.380,5", 1380.5)]
    [InlineData("Area", "-3", -3)]
    public async Task Numeric_reads_vietnamese_and_invariant_notation(string field, string posted, double expected)
    {
        var run = await Post(field, ("Value", posted));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal((decimal)expected, run.Field<NumericField>(Part, field).Value);
    }

    [Fact]
    public async Task Updating_one_field_keeps_the_other_fields_of_the_part()
    {
        var run = await Post("Population", ("Value", "2.024"));

        Assert.Equal(2024m, run.Field<NumericField>(Part, "Population").Value);
        Assert.Equal(45.45m, run.Field<NumericField>(Part, "Area").Value);
        Assert.Equal(["Đảng bộ", "Sa Rài"], run.Field<MultiTextField>(Part, "Tags").Values);
        Assert.Equal(TopicsId, run.Field<TaxonomyField>(Part, "Topics").TaxonomyContentItemId);
    }

    [Fact]
    public async Task Numeric_empty_optional_value_is_cleared()
    {
        var run = await Post("Area", ("Value", "  "));

        Assert.Empty(run.ErrorKeys);
        Assert.Null(run.Field<NumericField>(Part, "Area").Value);
    }

    [Theory]
    [InlineData("abc", "phải là một số")]
    [InlineData("1,5", "phải là số nguyên")]
    [InlineData("-1", "lớn hơn hoặc bằng 0")]
    [InlineData("100.001", "nhỏ hơn hoặc bằng 100000")]
    [InlineData("", "Số đảng viên là bắt buộc.")]
    public async Task Numeric_invalid_value_is_refused_and_the_old_value_kept(string posted, string message)
    {
        var run = await Post("Population", ("Value", posted));

        AssertOnlyError(run, "Showcase.Population.Value", message);
        Assert.Equal(1380m, run.Field<NumericField>(Part, "Population").Value);
    }

    [Fact]
    public async Task Numeric_scale_limits_decimals()
    {
        var run = await Post("Area", ("Value", "1,234"));

        AssertOnlyError(run, "Showcase.Area.Value", "tối đa 2 chữ số thập phân");
        Assert.Equal(45.45m, run.Field<NumericField>(Part, "Area").Value);
    }

    [Fact]
    public async Task Numeric_editor_and_display_use_vietnamese_notation()
    {
        Assert.Equal("1380", (await site.EditFieldAsync(ShowcaseId, Part, "Population")).Model<NumericFieldViewModel>().Value);
        Assert.Equal("45,45", (await site.EditFieldAsync(ShowcaseId, Part, "Area")).Model<NumericFieldViewModel>().Value);
        Assert.Equal("1.380", (await site.DisplayFieldAsync(ShowcaseId, Part, "Population")).Model<NumericFieldViewModel>().Formatted);
    }

    // Boolean

    [Fact]
    public async Task Boolean_stores_the_posted_value()
    {
        var run = await Post("Active", ("Value", "false"));

        Assert.Empty(run.ErrorKeys);
        Assert.False(run.Field<BooleanField>(Part, "Active").Value);
    }

    [Fact]
    public async Task Boolean_unreadable_value_is_refused_in_vietnamese_and_the_old_value_kept()
    {
        var run = await Post("Active", ("Value", "có lẽ"));

        AssertOnlyError(run, "Showcase.Active.Value", "Hoạt động không hợp lệ.");
        Assert.True(run.Field<BooleanField>(Part, "Active").Value);
    }

    // Date, date-time, time

    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("01/06/2024")]
    public async Task Date_is_stored_as_the_calendar_day(string posted)
    {
        var run = await Post("Day", ("Value", posted));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), run.Field<DateField>(Part, "Day").Value);
    }

    [Theory]
    [InlineData("2024-02-30", "không phải là ngày hợp lệ")]
    [InlineData("ngày mai", "không phải là ngày hợp lệ")]
    [InlineData("", "Ngày thành lập là bắt buộc.")]
    public async Task Date_invalid_value_is_refused_and_the_old_value_kept(string posted, string message)
    {
        var run = await Post("Day", ("Value", posted));

        AssertOnlyError(run, "Showcase.Day.Value", message);
        Assert.Equal(new DateTime(2024, 5, 19, 0, 0, 0, DateTimeKind.Utc), run.Field<DateField>(Part, "Day").Value);
    }

    [Fact]
    public async Task DateTime_is_read_in_the_site_time_zone_and_stored_in_utc()
    {
        var run = await Post("Start", ("Value", "2024-06-01T09:15"));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(new DateTime(2024, 6, 1, 2, 15, 0, DateTimeKind.Utc), run.Field<DateTimeField>(Part, "Start").Value);
        Assert.Equal("2024-05-19T08:30", (await site.EditFieldAsync(ShowcaseId, Part, "Start")).Model<DateTimeFieldViewModel>().Value);
    }

    [Fact]
    public async Task DateTime_invalid_value_is_refused_and_the_old_value_kept()
    {
        var run = await Post("Start", ("Value", "hôm qua"));

        AssertOnlyError(run, "Showcase.Start.Value", "không phải là ngày giờ hợp lệ");
        Assert.Equal(new DateTime(2024, 5, 19, 1, 30, 0, DateTimeKind.Utc), run.Field<DateTimeField>(Part, "Start").Value);
    }

    [Theory]
    [InlineData("18:45", 18, 45, 0)]
    [InlineData("7:05:30", 7, 5, 30)]
    public async Task Time_is_stored(string posted, int hours, int minutes, int seconds)
    {
        var run = await Post("At", ("Value", posted));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(new TimeSpan(hours, minutes, seconds), run.Field<TimeField>(Part, "At").Value);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("sáng")]
    public async Task Time_invalid_value_is_refused_and_the_old_value_kept(string posted)
    {
        var run = await Post("At", ("Value", posted));

        AssertOnlyError(run, "Showcase.At.Value", "không phải là giờ hợp lệ");
        Assert.Equal(new TimeSpan(7, 30, 0), run.Field<TimeField>(Part, "At").Value);
    }

    // Html and Markdown

    [Fact]
    public async Task Html_is_sanitised_and_normalised_when_saved()
    {
        var posted = "<p onclick=\"alert(1)\">Xin chào Sa Rài</p><script>alert(2)</script><a href=\"javascript:alert(3)\">x</a>".Normalize(NormalizationForm.FormD);
        var run = await Post("Notes", ("Html", posted));

        Assert.Empty(run.ErrorKeys);
        var html = run.Field<HtmlField>(Part, "Notes").Html!;
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("<p>Xin chào Sa Rài</p>", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Html_stored_unsanitised_by_an_import_is_sanitised_for_display()
    {
        var html = (await site.DisplayFieldAsync(ShowcaseId, Part, "Notes")).Model<HtmlFieldViewModel>().Html!;

        Assert.Contains("Ghi chú của chi bộ", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Markdown_field_is_stored_raw_in_NFC_and_blank_clears_it()
    {
        var run = await Post("Summary", ("Markdown", "**Tóm tắt** mới\r\n".Normalize(NormalizationForm.FormD)));
        Assert.Empty(run.ErrorKeys);
        Assert.Equal("**Tóm tắt** mới", run.Field<MarkdownField>(Part, "Summary").Markdown);

        var cleared = await Post("Summary", ("Markdown", "   "));
        Assert.Null(cleared.Field<MarkdownField>(Part, "Summary").Markdown);
    }

    // Link

    [Theory]
    [InlineData("https://sarai.gov.vn/tin-tuc")]
    [InlineData("http://example.vn")]
    [InlineData("mailto:vanphong@sarai.gov.vn")]
    [InlineData("tel:+842773123456")]
    [InlineData("/lien-he")]
    public async Task Link_accepts_web_mail_phone_and_site_relative_urls(string url)
    {
        var run = await Post("Website", ("Url", " " + url + " "), ("Text", "Liên hệ".Normalize(NormalizationForm.FormD)), ("Target", "_blank"));

        Assert.Empty(run.ErrorKeys);
        var link = run.Field<LinkField>(Part, "Website");
        Assert.Equal(url, link.Url);
        Assert.Equal("Liên hệ", link.Text);
        Assert.Equal("_blank", link.Target);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("//evil.example/x")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("lien-he")]
    public async Task Link_refuses_other_urls_in_vietnamese_and_keeps_the_old_link(string url)
    {
        var run = await Post("Website", ("Url", url), ("Text", "Bấm"));

        AssertOnlyError(run, "Showcase.Website.Url", "Địa chỉ liên kết không hợp lệ");
        var link = run.Field<LinkField>(Part, "Website");
        Assert.Equal("https://sarai.example.vn/", link.Url);
        Assert.Equal("Cổng thông tin", link.Text);
    }

    [Fact]
    public async Task Link_url_is_required_when_the_settings_say_so()
    {
        var run = await Post("Website", ("Url", ""), ("Text", "Chỉ có chữ"));

        AssertOnlyError(run, "Showcase.Website.Url", "Trang web là bắt buộc.");
        Assert.Equal("https://sarai.example.vn/", run.Field<LinkField>(Part, "Website").Url);
    }

    [Fact]
    public async Task Link_refuses_an_unknown_target()
    {
        var run = await Post("Website", ("Url", "https://sarai.example.vn/"), ("Target", "_parent\" onclick=\"x"));

        AssertOnlyError(run, "Showcase.Website.Target");
    }

    [Fact]
    public async Task Link_stored_with_a_script_url_by_an_import_is_never_displayed()
    {
        Assert.Empty((await site.DisplayFieldAsync(ShowcaseId, Part, "BadLink")).Shapes);
    }

    // MultiText

    [Fact]
    public async Task MultiText_takes_one_value_per_line_trimmed_without_blanks()
    {
        var run = await Post("Tags", ("Text", "  Kinh tế \r\n\r\n Xã hội\n   \nY tế  ".Normalize(NormalizationForm.FormD)));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(["Kinh tế", "Xã hội", "Y tế"], run.Field<MultiTextField>(Part, "Tags").Values);
    }

    [Fact]
    public async Task MultiText_required_and_empty_is_refused_and_the_old_values_kept()
    {
        var run = await Post("Tags", ("Text", " \n \n"));

        AssertOnlyError(run, "Showcase.Tags.Text", "Từ khóa là bắt buộc.");
        Assert.Equal(["Đảng bộ", "Sa Rài"], run.Field<MultiTextField>(Part, "Tags").Values);
    }

    // Content picker

    [Fact]
    public async Task ContentPicker_stores_existing_items_of_the_displayed_types()
    {
        var run = await site.UpdateFieldAsync(ShowcaseId, Part, "Related", Form.Of(
            ("Showcase.Related.ContentItemIds[0]", Post3),
            ("Showcase.Related.ContentItemIds[1]", Post2),
            ("Showcase.Related.ContentItemIds[2]", Post3)));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal([Post3, Post2], run.Field<ContentPickerField>(Part, "Related").ContentItemIds);
    }

    [Theory]
    [InlineData("khong-ton-tai-000000000001")]
    [InlineData(TopicsId)]
    public async Task ContentPicker_refuses_unknown_items_and_other_types(string id)
    {
        var run = await site.UpdateFieldAsync(ShowcaseId, Part, "Related", Form.Of(
            ("Showcase.Related.ContentItemIds[0]", Post1),
            ("Showcase.Related.ContentItemIds[1]", id)));

        AssertOnlyError(run, "Showcase.Related.ContentItemIds", "không tìm thấy nội dung đã chọn");
        Assert.Equal([Post1, "missing000000000000000001", DraftPost], run.Field<ContentPickerField>(Part, "Related").ContentItemIds);
    }

    [Fact]
    public async Task ContentPicker_single_choice_refuses_two_items()
    {
        var run = await site.UpdateFieldAsync(ShowcaseId, Part, "Featured", Form.Of(
            ("Showcase.Featured.ContentItemIds[0]", Post1),
            ("Showcase.Featured.ContentItemIds[1]", Post3)));

        AssertOnlyError(run, "Showcase.Featured.ContentItemIds", "chỉ được chọn một mục");
        Assert.Equal([Post2], run.Field<ContentPickerField>(Part, "Featured").ContentItemIds);
    }

    [Fact]
    public async Task ContentPicker_editor_offers_published_latest_items_of_the_displayed_types()
    {
        var model = (await site.EditFieldAsync(ShowcaseId, Part, "Related")).Model<ContentPickerFieldViewModel>();

        // The draft is offered only because it is already chosen; the taxonomy and showcase never.
        Assert.Equal(["Bài ba", "Bài hai", "Bài một", "Bài nháp"], model.Items.Select(i => i.Title));
        Assert.Equal([Post1, DraftPost], model.Items.Where(i => i.Selected).Select(i => i.ContentItemId));
        Assert.True(model.Items.Count <= ContentPickerFieldDisplayDriver.MaxOptions + 3);
    }

    // User picker

    [Fact]
    public async Task UserPicker_reads_comma_separated_ids()
    {
        var run = await Post("Reviewers", ("UserIds", " user1, 4admin0000000000000000000a ,, user1 "));

        Assert.Empty(run.ErrorKeys);
        Assert.Equal(["user1", "4admin0000000000000000000a"], run.Field<UserPickerField>(Part, "Reviewers").UserIds);
    }

    [Fact]
    public async Task UserPicker_refuses_malformed_ids_and_keeps_the_old_ones()
    {
        var run = await Post("Reviewers", ("UserIds", "user1, <script>"));

        AssertOnlyError(run, "Showcase.Reviewers.UserIds", "Mã người dùng không hợp lệ: <script>.");
        Assert.Equal(["4admin0000000000000000000a"], run.Field<UserPickerField>(Part, "Reviewers").UserIds);
    }

    [Fact]
    public async Task UserPicker_has_no_public_display()
    {
        Assert.Empty((await site.DisplayFieldAsync(ShowcaseId, Part, "Reviewers")).Shapes);
    }

    // Media

    [Fact]
    public async Task Media_reads_path_and_alt_text_lines()
    {
        var posted = "images/le-ky-niem.jpg | Lễ kỷ niệm | năm 2024\r\n\r\n/media/docs/bao-cao.pdf\nhttps://cdn.example.vn/anh.png|Ảnh CDN";
        var run = await Post("Photos", ("Entries", posted.Normalize(NormalizationForm.FormD)));

        Assert.Empty(run.ErrorKeys);
        var media = run.Field<MediaField>(Part, "Photos");
        Assert.Equal(["images/le-ky-niem.jpg", "/media/docs/bao-cao.pdf", "https://cdn.example.vn/anh.png"], media.Paths);
        Assert.Equal(["Lễ kỷ niệm | năm 2024", "", "Ảnh CDN"], media.MediaTexts!);
    }

    [Theory]
    [InlineData("../secret.jpg | x")]
    [InlineData("images/../../secret.jpg")]
    [InlineData("images\\anh.jpg")]
    [InlineData("http://insecure.example.vn/a.jpg")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("//cdn.example.vn/a.jpg")]
    public async Task Media_refuses_unsafe_paths_and_keeps_the_old_ones(string line)
    {
        var run = await Post("Photos", ("Entries", "images/tot.jpg | Tốt\n" + line));

        AssertOnlyError(run, "Showcase.Photos.Entries", "Đường dẫn tệp không hợp lệ");
        Assert.Equal(6, run.Field<MediaField>(Part, "Photos").Paths.Length);
    }

    [Fact]
    public async Task Media_editor_shows_one_line_per_file()
    {
        var model = (await site.EditFieldAsync(ShowcaseId, Part, "Photos")).Model<MediaFieldViewModel>();

        Assert.StartsWith("images/hoi-nghi.jpg | Hội nghị Đảng bộ\ndocs/nghi-quyet.pdf | Nghị quyết\n", model.Entries);
    }

    // Taxonomy

    [Fact]
    public async Task Taxonomy_stores_terms_of_the_configured_taxonomy()
    {
        var run = await site.UpdateFieldAsync(ShowcaseId, Part, "Topics", Form.Of(
            ("Showcase.Topics.TermContentItemIds[0]", Social),
            ("Showcase.Topics.TermContentItemIds[1]", Health)));

        Assert.Empty(run.ErrorKeys);
        var field = run.Field<TaxonomyField>(Part, "Topics");
        Assert.Equal(TopicsId, field.TaxonomyContentItemId);
        Assert.Equal([Social, Health], field.TermContentItemIds);
    }

    [Theory]
    [InlineData(LocalTerm)]
    [InlineData(Post1)]
    public async Task Taxonomy_refuses_terms_of_another_taxonomy_and_keeps_the_old_ones(string id)
    {
        var run = await site.UpdateFieldAsync(ShowcaseId, Part, "Topics", Form.Of(
            ("Showcase.Topics.TermContentItemIds[0]", Economy),
            ("Showcase.Topics.TermContentItemIds[1]", id)));

        AssertOnlyError(run, "Showcase.Topics.TermContentItemIds", "không thuộc danh mục");
        Assert.Equal([Economy, Health], run.Field<TaxonomyField>(Part, "Topics").TermContentItemIds);
    }

    [Fact]
    public async Task Taxonomy_editor_offers_every_term_with_its_level()
    {
        var model = (await site.EditFieldAsync(ShowcaseId, Part, "Topics")).Model<TaxonomyFieldViewModel>();

        Assert.True(model.HasTaxonomy);
        Assert.Equal([("Kinh tế", 0, true), ("Xã hội", 0, false), ("Y tế", 1, true)], model.Terms.Select(t => (t.Name, t.Level, t.Selected)));
    }
}
