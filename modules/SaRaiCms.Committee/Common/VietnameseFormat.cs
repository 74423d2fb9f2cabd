using System.Globalization;
using SaRaiCms.Committee.Meetings;

namespace SaRaiCms.Committee.Common;

/// <summary>Dates and numbers the way Vietnamese public texts write them.</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"28 tháng 6 năm 2023".</summary>
    public static string LongDate(DateTime date) => $"{date.Day} tháng {date.Month} năm {date.Year}";

    /// <summary>"Chiều ngày 28 tháng 6 năm 2023" (just "Ngày …" when the part of day is not known).</summary>
    public static string DateWithPartOfDay(DateTime date, string partOfDay)
        => PartsOfDay.Labels.TryGetValue(partOfDay, out var label) && label.Length > 0
            ? $"{label} ngày {LongDate(date)}"
            : $"Ngày {LongDate(date)}";

    /// <summary>"28/6/2023", for lists.</summary>
    public static string ShortDate(DateTime date) => $"{date.Day}/{date.Month}/{date.Year}";

    /// <summary>"28/06/2023", for documents.</summary>
    public static string DocumentDate(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1.380", "2,5".</summary>
    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Culture);

    /// <summary>"45,45%".</summary>
    public static string Percent(decimal value) => value.ToString("0.##", Culture) + "%";

    /// <summary>How an indicator reads in a table: "59% kế hoạch", "4/11 (45,45%)", "53 doanh nghiệp", "Đạt".</summary>
    public static string IndicatorValue(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKinds.PercentOfPlan => $"{Percent(indicator.Value)} kế hoạch",
        IndicatorKinds.Ratio => $"{Number(indicator.Value)}/{Number(indicator.Denominator ?? 0)} ({Percent(indicator.Percent ?? 0)})",
        IndicatorKinds.Done => indicator.Value != 0 ? "Đạt" : "Chưa đạt",
        _ => indicator.Unit is { Length: > 0 } unit ? $"{Number(indicator.Value)} {unit}" : Number(indicator.Value),
    };
}
