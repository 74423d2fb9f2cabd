using System.Collections.Frozen;
using System.Text;

namespace SaRaiCms.Text;

/// <summary>
/// Finds Vietnamese typed in a legacy 8-bit encoding and pasted as if it were Windows-1252 /
/// Latin-1 text, which is what Word gives when a document uses the old fonts.
///
/// <para><b>TCVN3</b> (TCVN 5712:1993 VN3, "ABC", .VnTime fonts) puts each lower-case Vietnamese
/// letter on one byte 0xA1–0xFE: "Héi nghÞ §¶ng bé" is "Hội nghị Đảng bộ" (é = ộ, Þ = ị, § = Đ,
/// ¶ = ả, µ = à, ¸ = á, ® = đ, ¨ = ă, © = â, ª = ê, « = ô, ¬ = ơ, soft hyphen = ư).
/// Upper case is written with the same codes in a capitals font.</para>
///
/// <para><b>VNI-Windows</b> writes a base vowel followed by a mark character: "Hoäi nghò Ñaûng"
/// is "Hội nghị Đảng" (ù ø û õ ï = sắc huyền hỏi ngã nặng; â/á/à/å/ã/ä = circumflex with those
/// tones; ê/é/è/ú/ü/ë = breve with them), with single characters for đ (ñ), ơ (ô), ư (ö),
/// the toned i (í ì æ ó ò) and ỵ (î).</para>
///
/// <para>A word is evidence when it is <i>not</i> a Vietnamese syllable as it stands but
/// becomes one when read in the legacy encoding; real Unicode Vietnamese never counts, because
/// its words are already syllables. Two such words (or one, when it is most of what has
/// non-ASCII letters) flag the text.</para>
/// </summary>
internal static class LegacyEncodingDetector
{
    private const int MaxSamples = 3;

    /// <summary>TCVN3 byte (read as Latin-1) → Unicode letter.</summary>
    private static readonly FrozenDictionary<char, char> Tcvn3 = new Dictionary<char, char>
    {
        ['\u00A1'] = 'Ă', ['\u00A2'] = 'Â', ['\u00A3'] = 'Ê', ['\u00A4'] = 'Ô', ['\u00A5'] = 'Ơ', ['\u00A6'] = 'Ư', ['\u00A7'] = 'Đ',
        ['\u00A8'] = 'ă', ['\u00A9'] = 'â', ['\u00AA'] = 'ê', ['\u00AB'] = 'ô', ['\u00AC'] = 'ơ', ['\u00AD'] = 'ư', ['\u00AE'] = 'đ',
        ['\u00B5'] = 'à', ['\u00B6'] = 'ả', ['\u00B7'] = 'ã', ['\u00B8'] = 'á', ['\u00B9'] = 'ạ',
        ['\u00BB'] = 'ằ', ['\u00BC'] = 'ẳ', ['\u00BD'] = 'ẵ', ['\u00BE'] = 'ắ', ['\u00C6'] = 'ặ',
        ['\u00C7'] = 'ầ', ['\u00C8'] = 'ẩ', ['\u00C9'] = 'ẫ', ['\u00CA'] = 'ấ', ['\u00CB'] = 'ậ',
        ['\u00CC'] = 'è', ['\u00CE'] = 'ẻ', ['\u00CF'] = 'ẽ', ['\u00D0'] = 'é', ['\u00D1'] = 'ẹ',
        ['\u00D2'] = 'ề', ['\u00D3'] = 'ể', ['\u00D4'] = 'ễ', ['\u00D5'] = 'ế', ['\u00D6'] = 'ệ',
        ['\u00D7'] = 'ì', ['\u00D8'] = 'ỉ', ['\u00DC'] = 'ĩ', ['\u00DD'] = 'í', ['\u00DE'] = 'ị',
        ['\u00DF'] = 'ò', ['\u00E1'] = 'ỏ', ['\u00E2'] = 'õ', ['\u00E3'] = 'ó', ['\u00E4'] = 'ọ',
        ['\u00E5'] = 'ồ', ['\u00E6'] = 'ổ', ['\u00E7'] = 'ỗ', ['\u00E8'] = 'ố', ['\u00E9'] = 'ộ',
        ['\u00EA'] = 'ờ', ['\u00EB'] = 'ở', ['\u00EC'] = 'ỡ', ['\u00ED'] = 'ớ', ['\u00EE'] = 'ợ',
        ['\u00EF'] = 'ù', ['\u00F1'] = 'ủ', ['\u00F2'] = 'ũ', ['\u00F3'] = 'ú', ['\u00F4'] = 'ụ',
        ['\u00F5'] = 'ừ', ['\u00F6'] = 'ử', ['\u00F7'] = 'ữ', ['\u00F8'] = 'ứ', ['\u00F9'] = 'ự',
        ['\u00FA'] = 'ỳ', ['\u00FB'] = 'ỷ', ['\u00FC'] = 'ỹ', ['\u00FD'] = 'ý', ['\u00FE'] = 'ỵ',
    }.ToFrozenDictionary();

    /// <summary>VNI characters that stand for a whole letter.</summary>
    private static readonly FrozenDictionary<char, char> VniLetters = new Dictionary<char, char>
    {
        ['ñ'] = 'đ', ['Ñ'] = 'Đ', ['ô'] = 'ơ', ['Ô'] = 'Ơ', ['ö'] = 'ư', ['Ö'] = 'Ư',
        ['í'] = 'í', ['ì'] = 'ì', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['ò'] = 'ị',
        ['Í'] = 'Í', ['Ì'] = 'Ì', ['Æ'] = 'Ỉ', ['Ó'] = 'Ĩ', ['Ò'] = 'Ị',
        ['î'] = 'ỵ', ['Î'] = 'Ỵ',
    }.ToFrozenDictionary();

    /// <summary>VNI characters that add a shape and/or a tone to the vowel before them.</summary>
    private static readonly FrozenDictionary<char, (VowelShape Shape, Tone Tone)> VniMarks = BuildVniMarks();

    public static LegacyEncodingCheck Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return LegacyEncodingCheck.Clean;
        }

        var tcvn = new List<LegacyEncodingSample>();
        var vni = new List<LegacyEncodingSample>();
        var nonAsciiWords = 0;
        foreach (var word in Words(text))
        {
            nonAsciiWords++;

            // A lone symbol (©, ®, §) reads as a one-letter word in TCVN3; too weak to count.
            if (word.Length < 2 || IsSyllable(word))
            {
                continue;
            }

            var asTcvn = DecodeTcvn3(word);
            if (asTcvn != word && IsSyllable(asTcvn))
            {
                tcvn.Add(new LegacyEncodingSample(word, asTcvn));
            }

            var asVni = DecodeVni(word);
            if (asVni != word && IsSyllable(asVni))
            {
                vni.Add(new LegacyEncodingSample(word, asVni));
            }
        }

        var (encoding, hits) = tcvn.Count >= vni.Count ? (LegacyVietnameseEncoding.Tcvn3, tcvn) : (LegacyVietnameseEncoding.Vni, vni);
        var flagged = hits.Count >= 2 || (hits.Count == 1 && hits.Count * 2 >= nonAsciiWords);
        return flagged
            ? new LegacyEncodingCheck(encoding, hits.Count, hits.DistinctBy(s => s.Found).Take(MaxSamples).ToList())
            : LegacyEncodingCheck.Clean;
    }

    private static bool IsSyllable(string word) => VietnameseSyllables.IsSyllable(word.Normalize(NormalizationForm.FormC));

    /// <summary>Runs of letters and Latin-1 symbols (TCVN3 letters look like ¸ µ § …) that contain a non-ASCII character.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Any(c => c > '\u007F'))
                {
                    yield return word;
                }
            }
        }
    }

    private static bool IsWordChar(char c)
        => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'
           || (c is >= '\u00A1' and <= '\u00FF' && c != '\u00BF')
           || char.IsLetter(c)
           || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string DecodeTcvn3(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Tcvn3.TryGetValue(chars[i], out var letter))
            {
                chars[i] = letter;
            }
        }

        return new string(chars);
    }

    private static string DecodeVni(string word)
    {
        // Each slot is a Vietnamese letter (which a following mark may change) or any other character.
        var slots = new List<(VietnameseLetter? Letter, char Other)>(word.Length);
        foreach (var c in word)
        {
            if (VniMarks.TryGetValue(c, out var mark) && slots.Count > 0 && slots[^1].Letter is { IsVowel: true } previous
                && CanTake(previous, mark.Shape, mark.Tone))
            {
                slots[^1] = (previous with
                {
                    Shape = mark.Shape == VowelShape.None ? previous.Shape : mark.Shape,
                    Tone = mark.Tone == Tone.None ? previous.Tone : mark.Tone,
                }, '\0');
                continue;
            }

            var mapped = VniLetters.TryGetValue(c, out var letterChar) ? letterChar : c;
            slots.Add(VietnameseSyllables.TryGetLetter(mapped, out var letter) ? (letter, '\0') : (null, mapped));
        }

        var builder = new StringBuilder(slots.Count);
        foreach (var (letter, other) in slots)
        {
            builder.Append(letter is { } l ? VietnameseSyllables.Compose(l) : other);
        }

        return builder.ToString();
    }

    private static bool CanTake(VietnameseLetter vowel, VowelShape shape, Tone tone)
    {
        if (tone != Tone.None && vowel.Tone != Tone.None)
        {
            return false;
        }

        return shape switch
        {
            VowelShape.None => true,
            VowelShape.Breve => vowel is { Base: 'a', Shape: VowelShape.None },
            VowelShape.Circumflex => vowel is { Base: 'a' or 'e' or 'o', Shape: VowelShape.None },
            _ => false,
        };
    }

    private static FrozenDictionary<char, (VowelShape, Tone)> BuildVniMarks()
    {
        var marks = new Dictionary<char, (VowelShape, Tone)>
        {
            ['ù'] = (VowelShape.None, Tone.Acute), ['ø'] = (VowelShape.None, Tone.Grave), ['û'] = (VowelShape.None, Tone.Hook),
            ['õ'] = (VowelShape.None, Tone.Tilde), ['ï'] = (VowelShape.None, Tone.Dot),
            ['â'] = (VowelShape.Circumflex, Tone.None), ['á'] = (VowelShape.Circumflex, Tone.Acute), ['à'] = (VowelShape.Circumflex, Tone.Grave),
            ['å'] = (VowelShape.Circumflex, Tone.Hook), ['ã'] = (VowelShape.Circumflex, Tone.Tilde), ['ä'] = (VowelShape.Circumflex, Tone.Dot),
            ['ê'] = (VowelShape.Breve, Tone.None), ['é'] = (VowelShape.Breve, Tone.Acute), ['è'] = (VowelShape.Breve, Tone.Grave),
            ['ú'] = (VowelShape.Breve, Tone.Hook), ['ü'] = (VowelShape.Breve, Tone.Tilde), ['ë'] = (VowelShape.Breve, Tone.Dot),
        };
        foreach (var (c, value) in marks.ToList())
        {
            // Capitals use the upper-case form of the same character ("VIEÄT").
            marks[char.ToUpperInvariant(c)] = value;
        }

        return marks.ToFrozenDictionary();
    }
}
