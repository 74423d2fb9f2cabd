using System.Collections.Frozen;
using System.Text;

namespace SaRaiCms.Text;

/// <summary>Vowel shapes: the marks that make another letter (ă â ê ô ơ ư), as opposed to tones.</summary>
internal enum VowelShape : byte
{
    None,
    Breve,
    Circumflex,
    Horn,
}

/// <summary>The five marked tones (the sixth, ngang, has no mark).</summary>
internal enum Tone : byte
{
    None,
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

/// <summary>A Latin letter as Vietnamese sees it: base letter (lower case), shape, tone and case.</summary>
internal readonly record struct VietnameseLetter(char Base, VowelShape Shape, Tone Tone, bool Upper)
{
    public bool IsVowel => Base is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The letter without its tone, lower case, as one character (ă, ư, đ …).</summary>
    public char Plain => VietnameseSyllables.Compose(this with { Tone = Tone.None, Upper = false });
}

/// <summary>
/// Syllable structure and tone-mark placement. A Vietnamese word is one syllable: an initial
/// consonant (b, ch, gh, gi, ngh, qu …, or none), a vowel nucleus of one to three vowels, and a
/// final (c, ch, m, n, ng, nh, p, t, or none). Only words that parse this way are touched.
///
/// <para>The placement rule (one rule for the whole site, applied on save):</para>
/// <list type="number">
/// <item>A nucleus with a shaped vowel (ă â ê ô ơ ư) carries the tone on it; with two shaped
/// vowels (ươ), on the second: "người", "thuở", "quyền", "khuấy".</item>
/// <item>Otherwise, a syllable with a final consonant carries it on the last vowel:
/// "hoàng", "toán", "huỳnh".</item>
/// <item>Otherwise (open syllables) three vowels carry it on the middle one ("ngoài", "khuỷu"),
/// and two vowels on the first: "hòa", "khỏe", "thủy", "ủy", "tài", "mía", "của".</item>
/// </list>
/// Rule 3 for oa, oe and uy is the traditional placement (Unikey's default, the one in the
/// committee's own texts: "Ủy ban", "Huyện ủy", "Lê Thị Lê Thủy", "khóa VII"). The other common
/// rule (the 1980s school rule: "hoà", "thuỷ", "uỷ") differs only there; text typed that way is
/// moved to this rule when saved, and search folds both to the same terms anyway.
/// "gi" and "qu" are initials when a vowel follows ("giữa", "quý"), so their i and u never carry the tone.
/// </summary>
internal static class VietnameseSyllables
{
    private const char CombiningGrave = '\u0300';
    private const char CombiningAcute = '\u0301';
    private const char CombiningCircumflex = '\u0302';
    private const char CombiningTilde = '\u0303';
    private const char CombiningBreve = '\u0306';
    private const char CombiningHook = '\u0309';
    private const char CombiningHorn = '\u031B';
    private const char CombiningDotBelow = '\u0323';

    private static readonly FrozenSet<string> Initials = new[]
    {
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Finals = new[] { "", "c", "ch", "m", "n", "ng", "nh", "p", "t" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Vowel nuclei of Vietnamese, without tones.</summary>
    private static readonly FrozenSet<string> Nuclei = new[]
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every precomposed Latin letter Vietnamese uses, by character.</summary>
    private static readonly FrozenDictionary<char, VietnameseLetter> Letters = BuildLetters();

    /// <summary>Letter (without case) → precomposed character.</summary>
    private static readonly FrozenDictionary<(char Base, VowelShape Shape, Tone Tone), char> Compositions = BuildCompositions();

    public static bool TryGetLetter(char c, out VietnameseLetter letter) => Letters.TryGetValue(c, out letter);

    public static char Compose(VietnameseLetter letter)
    {
        var c = Compositions.TryGetValue((letter.Base, letter.Shape, letter.Tone), out var composed) ? composed : letter.Base;
        return letter.Upper ? char.ToUpperInvariant(c) : c;
    }

    /// <summary>Moves the tone of every Vietnamese syllable in NFC text to where the rule puts it.</summary>
    public static string PlaceTones(string text)
    {
        StringBuilder? builder = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            // Only words with a non-ASCII letter can carry a tone.
            var span = text.AsSpan(start, i - start);
            if (!MayNeedMove(span) || !TryPlaceTone(span, out var fixedWord))
            {
                continue;
            }

            builder ??= new StringBuilder(text);
            for (var k = 0; k < fixedWord.Length; k++)
            {
                builder[start + k] = fixedWord[k];
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// A cheap first look: a tone can only be misplaced when a toned vowel stands next to another
    /// vowel ("hoà", "gìa", "qúy"); most words ("thị", "trấn", "năm") are skipped without parsing.
    /// </summary>
    private static bool MayNeedMove(ReadOnlySpan<char> word)
    {
        var previousVowel = false;
        var previousToned = false;
        foreach (var c in word)
        {
            if (c < '\u0080')
            {
                var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
                if (vowel && previousVowel && previousToned)
                {
                    return true;
                }

                previousToned = false;
                previousVowel = vowel;
                continue;
            }

            if (!Letters.TryGetValue(c, out var letter))
            {
                return false;
            }

            var toned = letter.Tone != Tone.None;
            if (letter.IsVowel && previousVowel && (toned || previousToned))
            {
                return true;
            }

            previousVowel = letter.IsVowel;
            previousToned = toned && letter.IsVowel;
        }

        return false;
    }

    /// <summary>The word with its tone moved, when it is a syllable with exactly one tone in the wrong place.</summary>
    public static bool TryPlaceTone(ReadOnlySpan<char> word, out string result)
    {
        result = "";
        if (!TryParse(word, out var letters, out var syllable) || syllable.ToneIndex < 0)
        {
            return false;
        }

        var target = syllable.NucleusStart + TargetInNucleus(letters.AsSpan(syllable.NucleusStart, syllable.NucleusLength), syllable.HasFinal);
        if (target == syllable.ToneIndex)
        {
            return false;
        }

        var tone = letters[syllable.ToneIndex].Tone;
        letters[syllable.ToneIndex] = letters[syllable.ToneIndex] with { Tone = Tone.None };
        letters[target] = letters[target] with { Tone = tone };
        var chars = new char[letters.Length];
        for (var k = 0; k < letters.Length; k++)
        {
            chars[k] = Compose(letters[k]);
        }

        result = new string(chars);
        return true;
    }

    /// <summary>True when the word is one well-formed Vietnamese syllable with at most one tone.</summary>
    public static bool IsSyllable(ReadOnlySpan<char> word) => TryParse(word, out _, out _);

    private static int TargetInNucleus(ReadOnlySpan<VietnameseLetter> nucleus, bool hasFinal)
    {
        for (var k = nucleus.Length - 1; k >= 0; k--)
        {
            if (nucleus[k].Shape != VowelShape.None)
            {
                return k;
            }
        }

        if (hasFinal)
        {
            return nucleus.Length - 1;
        }

        return nucleus.Length == 3 ? 1 : 0;
    }

    internal readonly record struct Syllable(int NucleusStart, int NucleusLength, bool HasFinal, int ToneIndex);

    private static bool TryParse(ReadOnlySpan<char> word, out VietnameseLetter[] letters, out Syllable syllable)
    {
        syllable = default;
        letters = [];
        if (word.Length is 0 or > 8)
        {
            return false;
        }

        // NFC text has one character per letter; anything else (digits, foreign letters, loose marks) is not a syllable.
        letters = new VietnameseLetter[word.Length];
        var toneIndex = -1;
        for (var k = 0; k < word.Length; k++)
        {
            if (!Letters.TryGetValue(word[k], out letters[k]))
            {
                return false;
            }

            if (letters[k].Tone != Tone.None)
            {
                if (toneIndex >= 0)
                {
                    return false;
                }

                toneIndex = k;
            }
        }

        // Initial consonant: everything before the first vowel, with "gi" and "qu" taking their vowel when another vowel follows.
        var n = 0;
        while (n < letters.Length && !letters[n].IsVowel)
        {
            n++;
        }

        if (n == letters.Length)
        {
            return false;
        }

        if (n == 1 && n + 1 < letters.Length && letters[n + 1].IsVowel
            && ((letters[0].Base == 'g' && letters[0].Shape == VowelShape.None && letters[1] is { Base: 'i', Shape: VowelShape.None })
                || (letters[0].Base == 'q' && letters[1] is { Base: 'u', Shape: VowelShape.None })))
        {
            n = 2;
        }

        var initial = PlainString(letters.AsSpan(0, n));
        if (!Initials.Contains(initial))
        {
            return false;
        }

        var nucleusStart = n;
        while (n < letters.Length && letters[n].IsVowel)
        {
            n++;
        }

        var nucleusLength = n - nucleusStart;
        if (nucleusLength is 0 or > 3 || !Nuclei.Contains(PlainString(letters.AsSpan(nucleusStart, nucleusLength))))
        {
            return false;
        }

        var final = PlainString(letters.AsSpan(n));
        if (!Finals.Contains(final))
        {
            return false;
        }

        syllable = new Syllable(nucleusStart, nucleusLength, final.Length > 0, toneIndex);
        return true;
    }

    private static string PlainString(ReadOnlySpan<VietnameseLetter> letters)
    {
        Span<char> chars = stackalloc char[letters.Length];
        for (var k = 0; k < letters.Length; k++)
        {
            chars[k] = letters[k].Plain;
        }

        return new string(chars);
    }

    private static FrozenDictionary<char, VietnameseLetter> BuildLetters()
    {
        var letters = new Dictionary<char, VietnameseLetter>();
        foreach (var (key, c) in BuildCompositions())
        {
            letters[c] = new VietnameseLetter(key.Base, key.Shape, key.Tone, false);
            var upper = char.ToUpperInvariant(c);
            if (upper != c)
            {
                letters[upper] = new VietnameseLetter(key.Base, key.Shape, key.Tone, true);
            }
        }

        return letters.ToFrozenDictionary();
    }

    private static FrozenDictionary<(char Base, VowelShape Shape, Tone Tone), char> BuildCompositions()
    {
        var result = new Dictionary<(char, VowelShape, Tone), char>();
        foreach (var consonant in "bcdfghjklmnpqrstvwxz")
        {
            result[(consonant, VowelShape.None, Tone.None)] = consonant;
        }

        result[('đ', VowelShape.None, Tone.None)] = 'đ';
        var shapes = new (char Base, VowelShape Shape)[]
        {
            ('a', VowelShape.None), ('a', VowelShape.Breve), ('a', VowelShape.Circumflex), ('e', VowelShape.None), ('e', VowelShape.Circumflex),
            ('i', VowelShape.None), ('o', VowelShape.None), ('o', VowelShape.Circumflex), ('o', VowelShape.Horn), ('u', VowelShape.None),
            ('u', VowelShape.Horn), ('y', VowelShape.None),
        };
        foreach (var (vowel, shape) in shapes)
        {
            foreach (var tone in Enum.GetValues<Tone>())
            {
                var decomposed = new StringBuilder().Append(vowel);
                if (ShapeMark(shape) is { } shapeMark)
                {
                    decomposed.Append(shapeMark);
                }

                if (ToneMark(tone) is { } toneMark)
                {
                    decomposed.Append(toneMark);
                }

                var composed = decomposed.ToString().Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    result[(vowel, shape, tone)] = composed[0];
                }
            }
        }

        return result.ToFrozenDictionary();
    }

    private static char? ShapeMark(VowelShape shape) => shape switch
    {
        VowelShape.Breve => CombiningBreve,
        VowelShape.Circumflex => CombiningCircumflex,
        VowelShape.Horn => CombiningHorn,
        _ => null,
    };

    private static char? ToneMark(Tone tone) => tone switch
    {
        Tone.Grave => CombiningGrave,
        Tone.Acute => CombiningAcute,
        Tone.Hook => CombiningHook,
        Tone.Tilde => CombiningTilde,
        Tone.Dot => CombiningDotBelow,
        _ => null,
    };
}
