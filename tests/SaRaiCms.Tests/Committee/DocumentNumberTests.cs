using SaRaiCms.Committee.Documents;

namespace SaRaiCms.Tests.Committee;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("45-NQ/ĐU", 45, null, "NQ", "ĐU", true, "Nghị quyết")]
    [InlineData("12-CT/TU", 12, null, "CT", "TU", true, "Chỉ thị")]
    [InlineData(" 01-QĐi/HU ", 1, null, "QĐi", "HU", true, "Quy định")]
    [InlineData("43/2024/QĐ-UBND", 43, 2024, "QĐ", "UBND", false, "Quyết định")]
    [InlineData("7/2023/KH-UBND-VP", 7, 2023, "KH", "UBND-VP", false, "Kế hoạch")]
    public void Parses_party_and_state_grammars(string text, int number, int? year, string code, string issuer, bool party, string type)
    {
        Assert.True(DocumentNumber.TryParse(text, out var parsed, out var error), error);
        Assert.Equal(number, parsed!.Number);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(code, parsed.TypeCode);
        Assert.Equal(issuer, parsed.Issuer);
        Assert.Equal(party, parsed.IsParty);
        Assert.Equal(type, parsed.DocumentType);
    }

    [Theory]
    [InlineData("", "bắt buộc")]
    [InlineData("NQ-45/ĐU", "không đúng mẫu")]
    [InlineData("45/NQ/ĐU", "không đúng mẫu")]
    [InlineData("0-NQ/ĐU", "lớn hơn 0")]
    [InlineData("45-XX/ĐU", "Không rõ loại văn bản")]
    [InlineData("43/24/QĐ-UBND", "không đúng mẫu")]
    public void Refuses_what_does_not_parse_with_a_message(string text, string message)
    {
        Assert.False(DocumentNumber.TryParse(text, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("45-NQ/ĐU")]
    [InlineData("45-nq/du")]
    [InlineData("45 NQ ĐU")]
    [InlineData("45-nq/đu")]
    public void Key_ignores_case_marks_and_separators(string typed) => Assert.Equal("45nqdu", DocumentNumber.Key(typed));
}
