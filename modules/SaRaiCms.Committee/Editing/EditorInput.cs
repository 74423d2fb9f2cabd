using System.Globalization;
using System.Text;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.Editing;

/// <summary>Reading what editors type: text, dates ("2023-06-28" from a date input, or "28/6/2023"), Vietnamese numbers and row order.</summary>
public static class EditorInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>NFC-normalised and trimmed; null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>True for a blank value (null date) or a valid date.</summary>
    public static bool TryDate(string? text, out DateTime? date)
    {
        date = null;
        if (Clean(text) is not { } value)
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed.Date;
        return true;
    }

    /// <summary>A date as a date input posts it.</summary>
    public static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>For an editor: "1380", "45,45".</summary>
    public static string? Number(decimal? value) => value is { } v ? NumberInput.FormatForEditor(v) : null;

    /// <summary>A blank value (null) or a number typed the Vietnamese way ("1.380", "45,45") or as a number input posts it.</summary>
    public static bool TryNumber(string? text, out decimal? value)
    {
        value = null;
        if (Clean(text) is null)
        {
            return true;
        }

        if (!NumberInput.TryParse(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    public const string DateMessage = "Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 28/6/2023.";
    public const string NumberMessage = "Số không hợp lệ; nhập như 1.380 hoặc 45,45.";
    public const string OrderMessage = "Thứ tự phải là số nguyên.";

    /// <summary>
    /// Rows in the order the editor asked for: by the posted "Thứ tự" number when there is one
    /// (how rows are reordered without JavaScript), else where they were posted; ties keep the posted order.
    /// </summary>
    public static IReadOnlyList<(int Index, T Row)> Ordered<T>(IReadOnlyList<T> rows, Func<T, string?> order, Func<int, T, bool> keep)
        => rows
            .Select((row, index) => (Index: index, Row: row))
            .Where(r => keep(r.Index, r.Row))
            .OrderBy(r => int.TryParse(Clean(order(r.Row)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : r.Index + 1)
            .ThenBy(r => r.Index)
            .ToList();

    public static bool IsValidOrder(string? order)
        => Clean(order) is not { } value || int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    /// <summary>Something@somewhere.tld, without spaces: enough to catch a typo, not a full address parser.</summary>
    public static bool LooksLikeEmail(string text)
        => text.IndexOf('@') is > 0 and var at && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
}
