using System.Globalization;
using System.Text;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Tests.Text;

public sealed class VietnameseTextTests
{
    private readonly IVietnameseText _text = TestText.Create();

    [Theory]
    // The rule: oa, oe, uy without a final consonant carry the tone on the first vowel.
    [InlineData("hoà", "hòa")]
    [InlineData("Hoà Bình", "Hòa Bình")]
    [InlineData("uỷ", "ủy")]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("Đảng uỷ thị trấn", "Đảng ủy thị trấn")]
    [InlineData("Lê Thị Lê Thuỷ", "Lê Thị Lê Thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("khoá VII", "khóa VII")]
    [InlineData("HOÀ BÌNH", "HÒA BÌNH")]
    // Misplaced marks on syllables with a final consonant, a shaped vowel, three vowels, gi/qu.
    [InlineData("hòang", "hoàng")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("qúy", "quý")]
    [InlineData("gìa", "già")]
    [InlineData("ngươì", "người")]
    public void Tone_marks_move_to_the_one_placement_rule(string input, string expected)
    {
        Assert.Equal(expected, _text.Normalize(input));
        Assert.Equal(expected, _text.Normalize(input.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("hoàng")]
    [InlineData("quý")]
    [InlineData("giữa")]
    [InlineData("người")]
    [InlineData("ngoài")]
    [InlineData("khuỷu")]
    [InlineData("thuở")]
    [InlineData("quyền")]
    [InlineData("huỳnh")]
    [InlineData("mía của tài")]
    [InlineData("gì")]
    [InlineData("café Pokémon José")]
    [InlineData("SA RÀI, sa rài, Sa Rài")]
    [InlineData("45-NQ/ĐU, 43/2024/QĐ-UBND")]
    public void Text_already_following_the_rule_or_not_Vietnamese_is_kept_as_typed(string input)
        => Assert.Equal(input, _text.Normalize(input));

    [Fact]
    public void Normalise_gives_NFC_and_never_changes_case()
    {
        var decomposed = "Hội nghị Đảng bộ thị trấn SA RÀI".Normalize(NormalizationForm.FormD);
        var result = _text.Normalize(decomposed);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Hội nghị Đảng bộ thị trấn SA RÀI", result);
        Assert.True(_text.AreEquivalent("Đảng uỷ", "Đảng ủy"));
        Assert.True(_text.AreEquivalent("hoà", "ho\u0300a".Normalize(NormalizationForm.FormD)));
        Assert.False(_text.AreEquivalent("hòa", "Hòa"));
    }

    [Fact]
    public void Fold_and_slug_strip_marks_and_map_d()
    {
        Assert.Equal("dang uy sa rai", _text.Fold("Đảng ủy Sa Rài"));
        Assert.Equal(_text.Fold("hoà"), _text.Fold("hòa"));
        Assert.Equal("hoi-nghi-dang-bo-thi-tran-sa-rai", _text.Slugify("Hội nghị Đảng bộ thị trấn Sa Rài"));
        Assert.Equal("dang-uy-thi-tran", _text.Slugify("Đảng uỷ  thị trấn!"));
    }

    [Fact]
    public void Text_pasted_from_TCVN3_is_flagged_with_what_it_reads_as()
    {
        // "Hội nghị sơ kết 6 tháng đầu năm của Đảng bộ thị trấn Sa Rài" typed with .VnTime.
        var check = _text.DetectLegacyEncoding("Héi nghÞ s¬ kÕt 6 th¸ng ®Çu n¨m cña §¶ng bé thÞ trÊn Sa Rµi");
        Assert.True(check.IsSuspect);
        Assert.Equal(LegacyVietnameseEncoding.Tcvn3, check.Encoding);
        Assert.True(check.SuspiciousWords >= 8, $"{check.SuspiciousWords} words");
        Assert.Contains(check.Samples, s => s is { Found: "Héi", ReadsAs: "Hội" });
        Assert.Contains("TCVN3", check.Message);
    }

    [Fact]
    public void Text_pasted_from_VNI_is_flagged()
    {
        var check = _text.DetectLegacyEncoding("Hoäi nghò sô keát 6 thaùng ñaàu naêm cuûa Ñaûng boä thò traán Sa Raøi");
        Assert.Equal(LegacyVietnameseEncoding.Vni, check.Encoding);
        Assert.Contains(check.Samples, s => s is { Found: "Hoäi", ReadsAs: "Hội" });
        Assert.Contains("VNI", check.Message);
    }

    [Fact]
    public void The_whole_portal_article_in_TCVN3_is_flagged_and_in_Unicode_is_not()
    {
        var article = File.ReadAllText(Path.Combine(SharedFolder(), "domain", "legacy-portal-article.txt"));
        Assert.False(_text.DetectLegacyEncoding(article).IsSuspect);
        Assert.False(_text.DetectLegacyEncoding(article.Normalize(NormalizationForm.FormD)).IsSuspect);

        var check = _text.DetectLegacyEncoding(Tcvn3Encoder.Encode(article));
        Assert.Equal(LegacyVietnameseEncoding.Tcvn3, check.Encoding);
        Assert.True(check.SuspiciousWords > 100, $"{check.SuspiciousWords} words");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII text, nothing to see.")]
    [InlineData("Ủy ban Kiểm tra Đảng ủy thị trấn Sa Rài, khóa VII (2023–2028): 45,45% — «Tân Hồng» · 25°C")]
    [InlineData("Herr Müller aus Köln trinkt Café crème; señor Núñez, François, Ørsted, Åsa")]
    [InlineData("© 2023 Ban Tuyên giáo ® · §3")]
    public void Unicode_and_foreign_text_is_not_flagged(string text)
        => Assert.False(_text.DetectLegacyEncoding(text).IsSuspect, _text.DetectLegacyEncoding(text).Message);

    [Fact]
    public void Names_sort_by_the_Vietnamese_alphabet_with_tones_after_the_letter()
    {
        // a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; a tone only counts when the letters are equal.
        string[] expected =
        [
            "An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Châu", "Cường", "Dung", "Dũng", "Đức", "Giang",
            "Hà", "Hải", "Hạnh", "Hoa", "Hòa", "Hùng", "Hưng", "Khánh", "Oanh", "Ông", "Ơn", "Út", "Uyên", "Ưng", "Yến",
        ];
        var shuffled = expected.OrderBy(n => n.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();
        shuffled.Sort(_text.Collation);
        Assert.Equal(expected, shuffled);

        // The brief's own example, and what ordinal (code point) order would have done instead.
        string[] names = ["Ánh", "Anh", "Ăn", "Bình", "Đức", "Dũng"];
        Assert.Equal(["Anh", "Ánh", "Ăn", "Bình", "Dũng", "Đức"], names.Order(_text.Collation));
        Assert.NotEqual(names.Order(_text.Collation), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void People_sort_by_given_name_then_by_whole_name()
    {
        string[] people =
        [
            "Lê Thị Lê Thủy", "Đinh Văn Dũng", "Trương Quốc Lê", "Nguyễn Văn An", "Trần Thị Ánh",
            "Lê Văn Anh", "Đỗ Minh Dũng", "Dương Văn Dũng", "Phạm Hoàng Ân",
        ];
        string[] expected =
        [
            "Nguyễn Văn An", "Lê Văn Anh", "Trần Thị Ánh", "Phạm Hoàng Ân",
            "Dương Văn Dũng", "Đinh Văn Dũng", "Đỗ Minh Dũng", "Trương Quốc Lê", "Lê Thị Lê Thủy",
        ];
        Assert.Equal(expected, people.Order(_text.PersonNameComparer));
        Assert.Equal("Dũng", _text.GivenName("  Đinh Văn Dũng "));
    }

    [Fact]
    public void Collation_uses_ICU_not_invariant_mode()
    {
        Assert.Equal("vi-VN", _text.Culture.Name);
        Assert.True(_text.Culture.CompareInfo.Compare("ă", "b") < 0);
        var runtimeConfig = Path.Combine(AppContext.BaseDirectory, "SaRaiCms.Web.runtimeconfig.json");
        Assert.True(File.Exists(runtimeConfig), runtimeConfig);
        Assert.DoesNotContain("\"System.Globalization.Invariant\": true", File.ReadAllText(runtimeConfig), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "Sáng")]
    [InlineData(7, 30, "Sáng")]
    [InlineData(10, 59, "Sáng")]
    [InlineData(11, 0, "Trưa")]
    [InlineData(12, 59, "Trưa")]
    [InlineData(13, 0, "Chiều")]
    [InlineData(17, 59, "Chiều")]
    [InlineData(18, 0, "Tối")]
    [InlineData(23, 59, "Tối")]
    public void Parts_of_day_have_documented_boundaries(int hour, int minute, string expected)
        => Assert.Equal(expected, _text.PartOfDay(new TimeSpan(hour, minute, 0)));

    [Fact]
    public void Dates_and_numbers_read_the_Vietnamese_way()
    {
        var meeting = new DateTime(2023, 6, 28, 14, 0, 0);
        Assert.Equal("Chiều ngày 28 tháng 6 năm 2023", _text.FormatDateWithPartOfDay(meeting));
        Assert.Equal("ngày 28 tháng 6 năm 2023", _text.FormatLongDate(meeting));
        Assert.Equal("28/6/2023", _text.FormatShortDate(meeting));
        Assert.Equal("28/06/2023", _text.FormatDocumentDate(meeting));
        Assert.Equal("05/01/2024", _text.FormatDocumentDate(new DateTime(2024, 1, 5)));
        Assert.Equal("1.380", _text.FormatNumber(1380));
        Assert.Equal("1.234.567", _text.FormatNumber(1234567));
        Assert.Equal("2,5", _text.FormatNumber(2.5m));
        Assert.Equal("45,45%", _text.FormatPercent(5m / 11m * 100m));
        Assert.Equal("59%", _text.FormatPercent(59));
    }

    [Fact]
    public void Part_of_day_boundaries_are_options()
    {
        var text = TestText.Create(new VietnameseTextOptions { AfternoonStartsAt = new TimeSpan(12, 0, 0) });
        Assert.Equal("Chiều", text.PartOfDay(new TimeSpan(12, 30, 0)));
    }

    private static string SharedFolder() => SaRaiCms.Testing.SharedFolder.Path;

    /// <summary>Unicode → TCVN3 as Word shows a .VnTime document pasted elsewhere (capitals use the lower-case codes).</summary>
    private static class Tcvn3Encoder
    {
        private const string Unicode = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĂÂÊÔƠƯĐ";
        private const string Tcvn3 = "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®¡¢£¤¥¦§";

        public static string Encode(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormC))
            {
                var i = Unicode.IndexOf(c, StringComparison.Ordinal);
                if (i < 0 && char.IsUpper(c))
                {
                    i = Unicode.IndexOf(char.ToLower(c, CultureInfo.InvariantCulture), StringComparison.Ordinal);
                }

                builder.Append(i >= 0 ? Tcvn3[i] : c);
            }

            return builder.ToString();
        }
    }
}
