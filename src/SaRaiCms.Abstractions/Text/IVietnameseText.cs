using System.Globalization;

namespace SaRaiCms.Text;

/// <summary>
/// The one place that knows Vietnamese text: how it is stored (Unicode NFC, one tone-mark
/// placement), how it is compared (vi-VN collation, people by given name), how it is folded for
/// search and slugs, how dates and numbers read, and whether a paste is really legacy
/// TCVN3 (ABC) or VNI text. Everything that takes text from people or compares it goes through
/// this service; nothing here ever changes the case of a user's text.
/// </summary>
public interface IVietnameseText
{
    /// <summary>The vi-VN culture (ICU data; the host must not run in invariant globalization mode).</summary>
    CultureInfo Culture { get; }

    /// <summary>
    /// How text is stored: Unicode NFC with the tone mark of each syllable on the vowel the
    /// tone-placement rule names ("hoà" → "hòa", "uỷ" → "ủy", "thuỷ" → "thủy"). Case, spacing and
    /// everything that is not a Vietnamese syllable are kept as given. Null gives "".
    /// </summary>
    string Normalize(string? text);

    /// <summary>True when two texts are the same once normalised ("hoà" and "hòa", NFC and NFD).</summary>
    bool AreEquivalent(string? a, string? b);

    /// <summary>The search and lookup key: normalised, lower case, marks removed, đ → d ("Đảng ủy" → "dang uy").</summary>
    string Fold(string? text);

    /// <summary>A URL slug: marks stripped, đ/Đ → d, lower case, words joined by single hyphens.</summary>
    string Slugify(string? text);

    /// <summary>
    /// Looks for text typed in the legacy TCVN3 (ABC, ".VnTime" fonts) or VNI-Windows encodings
    /// and pasted as if it were Unicode ("Héi nghÞ", "Hoäi nghò"). Nothing is converted: the
    /// result tells the editor what was found so that they can paste the text again from a
    /// converter (Unikey's "Chuyển mã").
    /// </summary>
    LegacyEncodingCheck DetectLegacyEncoding(string? text);

    /// <summary>vi-VN collation through ICU: a ă â b c d đ e ê … o ô ơ … u ư …, tones after the letter.</summary>
    StringComparer Collation { get; }

    /// <summary>People: by given name (the last word) with <see cref="Collation"/>, then by the whole name.</summary>
    IComparer<string> PersonNameComparer { get; }

    /// <summary>The given name: the last word of a full name ("Đinh Văn Dũng" → "Dũng").</summary>
    string GivenName(string? fullName);

    /// <summary>"Sáng", "Trưa", "Chiều" or "Tối" for a local time of day (boundaries in <see cref="VietnameseTextOptions"/>).</summary>
    string PartOfDay(TimeSpan timeOfDay);

    /// <summary>"Chiều ngày 28 tháng 6 năm 2023", for a date and time already in the site's time zone.</summary>
    string FormatDateWithPartOfDay(DateTime localDateTime);

    /// <summary>"ngày 28 tháng 6 năm 2023", for running text.</summary>
    string FormatLongDate(DateTime date);

    /// <summary>"28/6/2023", for lists.</summary>
    string FormatShortDate(DateTime date);

    /// <summary>"28/06/2023", for documents (day and month padded).</summary>
    string FormatDocumentDate(DateTime date);

    /// <summary>"1.380", "2,5": grouping with ".", decimals with ",", at most <paramref name="maxDecimals"/> decimals.</summary>
    string FormatNumber(decimal value, int maxDecimals = 2);

    /// <summary>"45,45%" for 45.4545 (a percentage, not a fraction), at most <paramref name="maxDecimals"/> decimals.</summary>
    string FormatPercent(decimal value, int maxDecimals = 2);
}

/// <summary>A legacy Vietnamese encoding that text typed with an old keyboard and font may be in.</summary>
public enum LegacyVietnameseEncoding
{
    None,

    /// <summary>TCVN3 (TCVN 5712:1993 VN3, "ABC"), fonts named .VnTime, .VnArial …</summary>
    Tcvn3,

    /// <summary>VNI-Windows, fonts named VNI-Times, VNI-Helve …</summary>
    Vni,
}

/// <summary>One suspicious word, with what it reads as in the legacy encoding.</summary>
public sealed record LegacyEncodingSample(string Found, string ReadsAs);

/// <summary>What <see cref="IVietnameseText.DetectLegacyEncoding"/> found.</summary>
public sealed record LegacyEncodingCheck(LegacyVietnameseEncoding Encoding, int SuspiciousWords, IReadOnlyList<LegacyEncodingSample> Samples)
{
    public static LegacyEncodingCheck Clean { get; } = new(LegacyVietnameseEncoding.None, 0, []);

    public bool IsSuspect => Encoding != LegacyVietnameseEncoding.None;

    /// <summary>A warning the editor can show, in Vietnamese; null when nothing was found.</summary>
    public string? Message => Encoding switch
    {
        LegacyVietnameseEncoding.None => null,
        _ => $"Văn bản dán vào có vẻ được gõ bằng bảng mã cũ {(Encoding == LegacyVietnameseEncoding.Tcvn3 ? "TCVN3 (ABC)" : "VNI")}"
             + (Samples.Count > 0 ? $", ví dụ “{Samples[0].Found}” (đọc là “{Samples[0].ReadsAs}”)" : "")
             + ". Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi dán lại; hệ thống không tự đổi nội dung.",
    };
}

/// <summary>Settings of the Vietnamese text service.</summary>
public sealed class VietnameseTextOptions
{
    /// <summary>
    /// Parts of day, as a day is named in running text: "Sáng" from 00:00 (Vietnamese say
    /// "2 giờ sáng"), "Trưa" from <see cref="NoonStartsAt"/>, "Chiều" from
    /// <see cref="AfternoonStartsAt"/>, "Tối" from <see cref="EveningStartsAt"/> until midnight.
    /// </summary>
    public TimeSpan NoonStartsAt { get; set; } = new(11, 0, 0);

    public TimeSpan AfternoonStartsAt { get; set; } = new(13, 0, 0);

    public TimeSpan EveningStartsAt { get; set; } = new(18, 0, 0);
}
