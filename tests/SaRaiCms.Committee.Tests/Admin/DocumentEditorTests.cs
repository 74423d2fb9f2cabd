using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Tests.Admin.Infrastructure;

namespace SaRaiCms.Committee.Tests.Admin;

/// <summary>The document editor's number and symbol: grammar, type code, duplicates.</summary>
[Collection(EditorSiteCollection.Name)]
public sealed class DocumentEditorTests(EditorSite site)
{
    private const string Resolution = "doc-nq-45";
    private const string P = "DocumentPart";

    [Fact]
    public async Task An_invalid_number_gets_its_message_and_the_part_is_unchanged()
    {
        var run = await site.EditAsync(Resolution, form =>
        {
            form[$"{P}.Number"] = "45/NQ-ĐU-";
            form[$"{P}.Summary"] = "Trích yếu mới";
        });

        Assert.Equal(["Số, ký hiệu “45/NQ-ĐU-” không đúng mẫu. Văn bản của Đảng viết như 45-NQ/ĐU; văn bản nhà nước viết như 43/2024/QĐ-UBND."], run.Errors($"{P}.Number"));
        var part = run.Item.As<DocumentPart>()!;
        Assert.Equal("45-NQ/ĐU", part.Number);
        Assert.Equal(run.Before.As<DocumentPart>()!.Summary, part.Summary);
        // The form comes back as typed, with the message beside the input.
        Assert.Equal("45/NQ-ĐU-", EditorSite.Fields(run.Html)[$"{P}.Number"]);
        Assert.Contains("không đúng mẫu", run.Html);
    }

    [Fact]
    public async Task A_type_code_that_does_not_match_the_document_type_is_refused()
    {
        var run = await site.EditAsync(Resolution, form => form[$"{P}.Number"] = "45-CT/ĐU");

        Assert.Equal(
            ["Ký hiệu “CT” là của Chỉ thị, không khớp loại văn bản đã chọn (Nghị quyết). Sửa ký hiệu hoặc chọn loại Chỉ thị."],
            run.Errors($"{P}.Number"));
        Assert.Equal("45-NQ/ĐU", run.Item.As<DocumentPart>()!.Number);
    }

    [Fact]
    public async Task An_unknown_type_code_is_refused()
    {
        var run = await site.EditAsync(Resolution, form => form[$"{P}.Number"] = "45-XY/ĐU");

        Assert.StartsWith("Không rõ loại văn bản “XY”.", Assert.Single(run.Errors($"{P}.Number")));
    }

    [Fact]
    public async Task A_number_already_used_for_the_same_type_in_the_same_year_is_refused()
    {
        // 40-BC/ĐU is the report of 26/6/2023.
        var run = await site.CreateAsync(CommitteeTypes.Document, form =>
        {
            form["TitlePart.Title"] = "Báo cáo trùng số (thử)";
            form[$"{P}.DocumentType"] = "Báo cáo";
            form[$"{P}.Number"] = "40-BC/ĐU";
            form[$"{P}.IssuedDate"] = "2023-12-20";
        });

        var message = Assert.Single(run.Errors($"{P}.Number"));
        Assert.StartsWith("Số, ký hiệu 40-BC/ĐU đã dùng cho báo cáo “", message);
        Assert.EndsWith("năm 2023. Mỗi số chỉ dùng cho một văn bản cùng loại trong một năm.", message);
    }

    [Fact]
    public async Task The_same_party_number_in_another_year_is_accepted_and_stored_normalised()
    {
        var run = await site.CreateAsync(CommitteeTypes.Document, form =>
        {
            form["TitlePart.Title"] = "Báo cáo năm 2024 (thử)";
            form[$"{P}.DocumentType"] = "Báo cáo";
            form[$"{P}.Number"] = " 40-BC / ĐU ";
            form[$"{P}.IssuedDate"] = "26/6/2024";
        });

        Assert.Empty(run.ErrorKeys);
        var stored = (await site.LoadAsync(run.Item.ContentItemId)).As<DocumentPart>()!;
        Assert.Equal(("40-BC/ĐU", new DateTime(2024, 6, 26)), (stored.Number, stored.IssuedDate!.Value));
    }

    [Fact]
    public async Task Saving_a_document_with_its_own_number_is_not_a_duplicate()
    {
        var run = await site.EditAsync(Resolution, form => form[$"{P}.Signer"] = "T/M Đảng ủy, Bí thư");

        Assert.Empty(run.ErrorKeys);
        Assert.Equal("T/M Đảng ủy, Bí thư", run.Item.As<DocumentPart>()!.Signer);
    }
}
