using System.Globalization;
using System.Text.RegularExpressions;

namespace SaRaiCms.Text;

/// <summary>
/// Reads numbers as Vietnamese editors type them and as browsers post them:
/// "1.380" and "1.380.000" are thousands (vi-VN groups with dots), "45,45" has a decimal comma
/// (vi-VN), and "45.45" or "1380" are invariant. A dot followed by exactly three digits is read
/// as a Vietnamese thousands separator ("1.380" = 1380); write "1,38" or "1.38" for a decimal.
/// </summary>
public static partial class NumberInput
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Dots only between groups of three digits, an optional decimal comma.</summary>
    [GeneratedRegex(@"^[+-]?(?:[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNumber();

    /// <summary>What an HTML number input posts: an optional decimal point, no grouping.</summary>
    [GeneratedRegex(@"^[+-]?[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvariantNumber();

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Spaces (including no-break spaces) are sometimes typed as group separators.
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (VietnameseNumber().IsMatch(compact))
        {
            return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, ViVnNumbers, out value);
        }

        return InvariantNumber().IsMatch(compact)
               && decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>vi-VN's separators, pinned so the rule above holds whatever the ICU data says.</summary>
    private static readonly NumberFormatInfo ViVnNumbers = CreateViVnNumbers();

    private static NumberFormatInfo CreateViVnNumbers()
    {
        var format = (NumberFormatInfo)Vietnamese.NumberFormat.Clone();
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSeparator = ".";
        return NumberFormatInfo.ReadOnly(format);
    }

    /// <summary>For display: grouped, with <paramref name="scale"/> decimals ("1.380", "45,45").</summary>
    public static string Format(decimal value, int scale)
        => value.ToString("N" + Math.Clamp(scale, 0, 28).ToString(CultureInfo.InvariantCulture), ViVnNumbers);

    /// <summary>For an editor: no grouping, a decimal comma, no trailing zeros ("1380", "45,45").</summary>
    public static string FormatForEditor(decimal value)
        => value.ToString("0.############################", ViVnNumbers);
}
