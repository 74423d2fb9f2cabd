using System.Text;

namespace SaRaiCms.Search.Benchmarks;

/// <summary>
/// Deterministic Vietnamese-looking news: titles, leads and HTML bodies assembled from a few
/// hundred real words and phrases of a commune committee's news, with place names, numbers and,
/// for one item in ten, a document number ("45-NQ/ĐU", "120/2024/QĐ-UBND").
/// </summary>
public sealed class NewsGenerator(int seed)
{
    private static readonly string[] Subjects =
    [
        "Đảng bộ thị trấn Sa Rài", "Đảng ủy xã Tân Hồng", "Ủy ban nhân dân thị trấn", "Hội Nông dân", "Đoàn Thanh niên",
        "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Mặt trận Tổ quốc", "Công đoàn cơ sở", "Chi bộ khóm 1", "Chi bộ ấp Cả Găng",
        "Ban Tuyên giáo Huyện ủy", "Ủy ban Kiểm tra Đảng ủy", "Trường tiểu học Sa Rài", "Trạm y tế thị trấn", "Công an thị trấn",
    ];

    private static readonly string[] Actions =
    [
        "tổ chức hội nghị sơ kết", "triển khai kế hoạch", "ra mắt mô hình", "tổng kết công tác", "phát động phong trào",
        "khai mạc lớp bồi dưỡng", "trao tặng quà", "kiểm tra, giám sát", "tuyên truyền", "họp mặt kỷ niệm", "tiếp xúc cử tri",
        "ký kết quy chế phối hợp", "sinh hoạt chuyên đề", "đối thoại với nhân dân", "ra quân", "hòa giải ở cơ sở",
    ];

    private static readonly string[] Topics =
    [
        "xây dựng Đảng trong sạch, vững mạnh", "phát triển kinh tế - xã hội", "xây dựng nông thôn mới", "đô thị văn minh",
        "an ninh trật tự", "an sinh xã hội", "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai", "bảo vệ môi trường",
        "khởi nghiệp và sản phẩm OCOP", "xuất khẩu lao động", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "khu dân cư tự quản", "giảm nghèo bền vững", "chăm sóc sức khỏe nhân dân", "phòng chống dịch bệnh", "khuyến học, khuyến tài",
    ];

    private static readonly string[] Periods =
    [
        "6 tháng đầu năm", "6 tháng cuối năm", "quý I", "quý II", "quý III", "năm", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2025 - 2030",
    ];

    private static readonly string[] Words =
    [
        "đồng chí", "cán bộ", "đảng viên", "nhân dân", "bà con", "hộ gia đình", "doanh nghiệp", "hộ kinh doanh", "cơ sở", "khóm", "ấp",
        "thị trấn", "huyện", "tỉnh", "Đồng Tháp", "Tân Hồng", "kết quả", "chỉ tiêu", "kế hoạch", "nghị quyết", "chương trình", "nhiệm vụ",
        "giải pháp", "khó khăn", "hạn chế", "thuận lợi", "đạt", "vượt", "tăng", "giảm", "so với cùng kỳ", "tích cực", "hiệu quả", "kịp thời",
        "thường xuyên", "quan tâm", "chỉ đạo", "lãnh đạo", "thực hiện", "hoàn thành", "đề ra", "triển khai", "tập trung", "phối hợp",
        "tuyên truyền", "vận động", "hỗ trợ", "trao", "học bổng", "nhà tình nghĩa", "gia đình chính sách", "người có công", "hộ nghèo",
        "hộ cận nghèo", "lao động", "việc làm", "thu nhập", "ngân sách", "thu ngân sách", "đầu tư", "công trình", "đường giao thông",
        "nhà văn hóa", "trường học", "trạm y tế", "chợ", "thương mại", "dịch vụ", "tiểu thủ công nghiệp", "nông nghiệp", "lúa", "cá",
        "thủy lợi", "mùa nước nổi", "khen thưởng", "thi đua", "gương điển hình", "tiên tiến", "trong sạch", "vững mạnh", "đoàn kết",
        "dân chủ", "kỷ cương", "trách nhiệm", "người đứng đầu", "phát biểu", "ghi nhận", "biểu dương", "đề nghị", "yêu cầu", "thời gian tới",
    ];

    private static readonly string[] People =
    [
        "Đinh Văn Dũng", "Lê Thị Lê Thủy", "Trương Quốc Lê", "Nguyễn Văn An", "Trần Thị Ánh", "Phạm Hoàng Ân", "Võ Minh Khoa",
        "Huỳnh Thị Hòa", "Lê Văn Anh", "Đỗ Minh Dũng", "Dương Thị Yến", "Bùi Quang Huy",
    ];

    private readonly Random _random = new(seed);

    public sealed record NewsItem(string Title, string Lead, string Html, string? Number, DateTime PublishedUtc, string Path);

    public NewsItem Next(int n)
    {
        var subject = Pick(Subjects);
        var title = $"{subject} {Pick(Actions)} {Pick(Topics)} {Pick(Periods)} {2015 + (n % 11)}";
        var lead = $"{Capitalize(Sentence(12))} {subject} {Pick(Actions)} {Pick(Topics)}.";
        string? number = null;
        if (n % 10 == 0)
        {
            number = n % 20 == 0
                ? $"{n / 20 % 300 + 1}-{Pick(["NQ", "CT", "KH", "BC", "TB", "QĐ"])}/ĐU"
                : $"{n / 20 % 300 + 1}/{2015 + (n % 11)}/{Pick(["QĐ", "KH", "TB"])}-UBND";
        }

        var html = new StringBuilder();
        var paragraphs = 4 + _random.Next(5);
        for (var p = 0; p < paragraphs; p++)
        {
            html.Append("<p>");
            if (p == 0)
            {
                html.Append("Ngày ").Append(1 + _random.Next(28)).Append('/').Append(1 + _random.Next(12)).Append(", ").Append(subject).Append(' ')
                    .Append(Pick(Actions)).Append(' ').Append(Pick(Topics)).Append(". ");
            }

            var sentences = 2 + _random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                html.Append(Capitalize(Sentence(10 + _random.Next(14))));
                if (_random.Next(4) == 0)
                {
                    html.Append(", đồng chí <strong>").Append(Pick(People)).Append("</strong> ").Append(Sentence(6));
                }

                if (_random.Next(5) == 0)
                {
                    html.Append(", đạt ").Append(_random.Next(40, 120)).Append("% kế hoạch, có ").Append(_random.Next(1, 2000).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))).Append(' ').Append(Pick(Words));
                }

                html.Append(". ");
            }

            html.Append("</p>");
        }

        if (number is not null)
        {
            html.Append("<p>Văn bản số ").Append(number).Append(" được ban hành và gửi các chi bộ trực thuộc.</p>");
        }

        var published = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n * 47L % (11 * 365 * 24 * 60));
        return new NewsItem(title, lead, html.ToString(), number, published, $"tin-tuc/{n}");
    }

    private string Sentence(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Pick(Words));
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];
}
