using SaRaiCms.Committee.Common;

namespace SaRaiCms.Committee.Editing;

/// <summary>Steps the row editors share: extra empty rows, row numbers, a period's two dates.</summary>
public static class EditorRows
{
    /// <summary>Empty rows offered after the stored ones, so rows can be added without JavaScript.</summary>
    public const int Extra = 3;

    /// <summary>Rows without a posted order get their place (1, 2, 3…), as the script numbers them.</summary>
    public static void Number<T>(IReadOnlyList<T> rows) where T : EditorRow
    {
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Order ??= (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Adds an empty row when the last one is filled in, so a form that comes back with
    /// messages still has room for one more row without JavaScript.
    /// </summary>
    public static void EnsureBlank<T>(List<T> rows) where T : EditorRow, new()
    {
        if (rows.Count == 0 || !rows[^1].IsBlank)
        {
            rows.Add(new T());
        }
    }

    /// <summary>A period's dates: each a valid date, the end not before the start.</summary>
    public static (DateTime? Start, DateTime? End) PeriodDates(string? startText, string? endText, string startProperty, string endProperty, EditorErrors errors)
    {
        if (!EditorInput.TryDate(startText, out var start))
        {
            errors.Add(startProperty, EditorInput.DateMessage);
        }

        if (!EditorInput.TryDate(endText, out var end))
        {
            errors.Add(endProperty, EditorInput.DateMessage);
        }
        else if (start is { } s && end is { } e && e < s)
        {
            errors.Add(endProperty, $"Ngày kết thúc ({VietnameseFormat.ShortDate(e)}) không được trước ngày bắt đầu ({VietnameseFormat.ShortDate(s)}).");
        }

        return (start, end);
    }
}
