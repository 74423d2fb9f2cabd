using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace SaRaiCms.Text;

/// <summary>
/// The Vietnamese text service (see <see cref="IVietnameseText"/>). Tone placement follows
/// <see cref="VietnameseSyllables"/>; legacy encodings are recognised by
/// <see cref="LegacyEncodingDetector"/>; collation is ICU's vi-VN through .NET's
/// <see cref="CompareInfo"/>, which is why the host must not run in invariant globalization mode.
/// </summary>
public sealed class VietnameseText : IVietnameseText
{
    private readonly ISlugService _slugs;
    private readonly VietnameseTextOptions _options;
    private readonly Lazy<StringComparer> _collation;
    private readonly Lazy<ByGivenNameComparer> _personNames;

    public VietnameseText(ISlugService slugs, IOptions<VietnameseTextOptions> options)
    {
        _slugs = slugs;
        _options = options.Value;
        Culture = CultureInfo.GetCultureInfo("vi-VN");
        _collation = new Lazy<StringComparer>(CreateCollation);
        _personNames = new Lazy<ByGivenNameComparer>(() => new ByGivenNameComparer(this));
    }

    public CultureInfo Culture { get; }

    public string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return VietnameseSyllables.PlaceTones(nfc);
    }

    public bool AreEquivalent(string? a, string? b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    public string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public string Slugify(string? text) => _slugs.Slugify(Normalize(text));

    public LegacyEncodingCheck DetectLegacyEncoding(string? text) => LegacyEncodingDetector.Detect(text);

    public StringComparer Collation => _collation.Value;

    public IComparer<string> PersonNameComparer => _personNames.Value;

    public string GivenName(string? fullName)
    {
        var words = Normalize(fullName).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    public string PartOfDay(TimeSpan timeOfDay)
    {
        var t = timeOfDay < TimeSpan.Zero || timeOfDay >= TimeSpan.FromDays(1)
            ? TimeSpan.FromTicks(((timeOfDay.Ticks % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay) % TimeSpan.TicksPerDay)
            : timeOfDay;
        if (t >= _options.EveningStartsAt)
        {
            return "Tối";
        }

        if (t >= _options.AfternoonStartsAt)
        {
            return "Chiều";
        }

        return t >= _options.NoonStartsAt ? "Trưa" : "Sáng";
    }

    public string FormatDateWithPartOfDay(DateTime localDateTime)
        => $"{PartOfDay(localDateTime.TimeOfDay)} {FormatLongDate(localDateTime)}";

    public string FormatLongDate(DateTime date)
        => string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day} tháng {date.Month} năm {date.Year}");

    public string FormatShortDate(DateTime date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    public string FormatDocumentDate(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string FormatNumber(decimal value, int maxDecimals = 2)
        => value.ToString("#,0" + Decimals(maxDecimals), Culture);

    public string FormatPercent(decimal value, int maxDecimals = 2)
        => value.ToString("0" + Decimals(maxDecimals), Culture) + "%";

    private static string Decimals(int maxDecimals)
        => maxDecimals <= 0 ? "" : "." + new string('#', Math.Min(maxDecimals, 10));

    private StringComparer CreateCollation()
    {
        var compare = Culture.CompareInfo;
        // Without ICU (invariant globalization) comparisons are ordinal and "ă" would sort after "z".
        if (compare.Compare("ă", "b", CompareOptions.None) >= 0 || compare.Compare("đ", "e", CompareOptions.None) >= 0)
        {
            throw new InvalidOperationException(
                "Vietnamese collation is not available: install ICU (libicu) and do not run with InvariantGlobalization / DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.");
        }

        return compare.GetStringComparer(CompareOptions.None);
    }

    /// <summary>By given name, then by the whole name, both with vi-VN collation.</summary>
    private sealed class ByGivenNameComparer(VietnameseText text) : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var collation = text.Collation;
            var byGiven = collation.Compare(text.GivenName(x), text.GivenName(y));
            return byGiven != 0 ? byGiven : collation.Compare(text.Normalize(x).Trim(), text.Normalize(y).Trim());
        }
    }
}
