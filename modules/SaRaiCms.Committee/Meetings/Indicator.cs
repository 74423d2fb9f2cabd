namespace SaRaiCms.Committee.Meetings;

public static class IndicatorKinds
{
    /// <summary>Value is a percentage of the plan (59%).</summary>
    public const string PercentOfPlan = "PercentOfPlan";

    /// <summary>Value out of Denominator, with the derived percentage (4/11 = 45,45%).</summary>
    public const string Ratio = "Ratio";

    /// <summary>A count with a unit (53 doanh nghiệp).</summary>
    public const string Count = "Count";

    /// <summary>Done (Value 1) or not (Value 0).</summary>
    public const string Done = "Done";

    public static readonly IReadOnlyCollection<string> All = [PercentOfPlan, Ratio, Count, Done];
}

/// <summary>One figure for a period, as reported at a meeting.</summary>
public sealed class Indicator
{
    /// <summary>What is measured: "Thu ngân sách", "Lao động đi làm việc ở nước ngoài".</summary>
    public string Label { get; set; } = "";
    public string Kind { get; set; } = IndicatorKinds.Count;
    public decimal Value { get; set; }
    public decimal? Denominator { get; set; }
    public decimal? Target { get; set; }
    public string? Unit { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// The percentage as the report states it, when it is not simply Value/Denominator. Reports
    /// are published as approved, even when their arithmetic is off (the 2023 report gives
    /// "04/11 … đạt 45,45%"), so the page shows the reported figure and says how it differs.
    /// </summary>
    public decimal? ReportedPercent { get; set; }

    /// <summary>Value / Denominator for ratios (rounded to 2 decimals).</summary>
    public decimal? DerivedPercent => Kind == IndicatorKinds.Ratio && Denominator is > 0
        ? Math.Round(Value * 100m / Denominator.Value, 2, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>The percentage shown for percent-of-plan and ratio indicators, else null.</summary>
    public decimal? Percent => Kind switch
    {
        IndicatorKinds.PercentOfPlan => Value,
        IndicatorKinds.Ratio => ReportedPercent ?? DerivedPercent,
        _ => null,
    };

    /// <summary>True when the reported percentage differs from the one the figures give.</summary>
    public bool ReportedDiffersFromDerived => ReportedPercent is { } reported && DerivedPercent is { } derived && Math.Abs(reported - derived) >= 0.01m;
}
