using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SaRaiCms.Committee.Documents;

/// <summary>
/// Number and symbol of a document in the two grammars in use:
/// the Party's "45-NQ/ĐU" (number, type code, issuing body; numbering restarts each term) and
/// the State's "43/2024/QĐ-UBND" (number, year, type code, issuing body).
/// </summary>
public sealed partial record DocumentNumber(string Text, int Number, int? Year, string TypeCode, string Issuer, bool IsParty)
{
    /// <summary>Type codes and the document types they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết",
        ["CT"] = "Chỉ thị",
        ["KH"] = "Kế hoạch",
        ["BC"] = "Báo cáo",
        ["TB"] = "Thông báo",
        ["QĐ"] = "Quyết định",
        ["QĐi"] = "Quy định",
        ["HD"] = "Hướng dẫn",
        ["KL"] = "Kết luận",
        ["CTr"] = "Chương trình",
        ["TTr"] = "Tờ trình",
        ["CV"] = "Công văn",
        ["BB"] = "Biên bản",
    };

    [GeneratedRegex(@"^(?<n>\d{1,5})-(?<type>[A-ZĐ][A-Za-zĐđ]{0,4})/(?<issuer>[A-ZĐ0-9]{1,12}(?:-[A-ZĐ0-9]{1,12}){0,3})$")]
    private static partial Regex PartyGrammar();

    [GeneratedRegex(@"^(?<n>\d{1,5})/(?<year>(19|20)\d{2})/(?<type>[A-ZĐ][A-Za-zĐđ]{0,4})-(?<issuer>[A-ZĐ0-9]{1,12}(?:-[A-ZĐ0-9]{1,12}){0,3})$")]
    private static partial Regex StateGrammar();

    /// <summary>Parses a number as an editor typed it; on failure <paramref name="error"/> says what is expected, in Vietnamese.</summary>
    public static bool TryParse(string? input, out DocumentNumber? number, out string? error)
    {
        number = null;
        var text = (input ?? "").Normalize(NormalizationForm.FormC).Trim().Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            error = "Số, ký hiệu văn bản là bắt buộc.";
            return false;
        }

        if (PartyGrammar().Match(text) is { Success: true } party)
        {
            number = new DocumentNumber(text, int.Parse(party.Groups["n"].Value, CultureInfo.InvariantCulture), null, party.Groups["type"].Value, party.Groups["issuer"].Value, true);
        }
        else if (StateGrammar().Match(text) is { Success: true } state)
        {
            number = new DocumentNumber(text, int.Parse(state.Groups["n"].Value, CultureInfo.InvariantCulture), int.Parse(state.Groups["year"].Value, CultureInfo.InvariantCulture), state.Groups["type"].Value, state.Groups["issuer"].Value, false);
        }
        else
        {
            error = $"Số, ký hiệu “{input}” không đúng mẫu. Văn bản của Đảng viết như 45-NQ/ĐU; văn bản nhà nước viết như 43/2024/QĐ-UBND.";
            return false;
        }

        if (number.Number == 0)
        {
            error = "Số văn bản phải lớn hơn 0.";
            number = null;
            return false;
        }

        if (!TypeCodes.ContainsKey(number.TypeCode))
        {
            error = $"Không rõ loại văn bản “{number.TypeCode}”. Các ký hiệu dùng được: {string.Join(", ", TypeCodes.Keys)}.";
            number = null;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The document type this number's code stands for ("Nghị quyết" for NQ).</summary>
    public string DocumentType => TypeCodes[TypeCode];

    /// <summary>A lookup key that ignores case, marks, đ and separators: "45-NQ/ĐU", "45-nq/du" and "45 NQ ĐU" give "45nqdu".</summary>
    public static string Key(string? text)
    {
        var decomposed = (text ?? "").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }
}
