using System.Text;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// Deterministic Vietnamese-looking titles and HTML bodies (written for this benchmark, about a
/// commune Party committee's news), so that slugs, NFC normalisation and the sanitiser see real
/// diacritics.
/// </summary>
public sealed class VietnameseText(int seed)
{
    private static readonly string[] Subjects =
    [
        "Đảng ủy thị trấn", "Ban Thường vụ", "Chi bộ khóm 3", "Ủy ban nhân dân", "Hội Liên hiệp Phụ nữ",
        "Đoàn Thanh niên", "Hội Nông dân", "Mặt trận Tổ quốc", "Hội Cựu chiến binh", "Ban Tuyên giáo",
    ];

    private static readonly string[] Verbs =
    [
        "tổ chức hội nghị sơ kết", "triển khai kế hoạch", "kiểm tra, giám sát", "tuyên truyền về",
        "phát động phong trào", "tổng kết công tác", "họp bàn giải pháp", "trao quà hỗ trợ",
    ];

    private static readonly string[] Topics =
    [
        "xây dựng nông thôn mới", "chuyển đổi số", "phòng chống thiên tai mùa lũ", "cải cách hành chính",
        "bảo vệ môi trường kênh rạch", "an ninh trật tự khu dân cư", "chăm lo gia đình chính sách",
        "phát triển kinh tế tập thể", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "công tác phát triển đảng viên mới", "vận động hiến máu tình nguyện", "nâng cao chất lượng sinh hoạt chi bộ",
    ];

    private static readonly string[] Sentences =
    [
        "Sáng nay, tại hội trường Đảng ủy, đồng chí Bí thư đã chủ trì buổi làm việc với các chi bộ trực thuộc.",
        "Hội nghị đánh giá những kết quả đạt được trong quý vừa qua, đồng thời chỉ ra những hạn chế cần khắc phục.",
        "Các đại biểu tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với tình hình thực tế của địa phương.",
        "Ủy ban nhân dân thị trấn đã phối hợp với các ban, ngành đoàn thể triển khai đồng bộ nhiều giải pháp.",
        "Đến nay, toàn thị trấn có hơn chín mươi phần trăm hộ gia đình đạt danh hiệu gia đình văn hóa.",
        "Người dân phấn khởi, tích cực hưởng ứng, hiến đất mở rộng đường giao thông nông thôn và nạo vét kênh mương.",
        "Phát biểu kết luận, đồng chí Phó Bí thư thường trực yêu cầu các chi bộ tiếp tục nâng cao tinh thần trách nhiệm.",
        "Dịp này, Ban Thường vụ Đảng ủy đã trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.",
        "Mùa nước nổi năm nay về sớm, bà con được hướng dẫn gia cố nhà cửa và chuẩn bị phương tiện ứng phó.",
        "Công tác cải cách thủ tục hành chính được đẩy mạnh, hồ sơ trực tuyến được tiếp nhận và trả kết quả đúng hạn.",
        "Đoàn viên thanh niên ra quân dọn dẹp vệ sinh, trồng cây xanh dọc các tuyến đường trong khu dân cư.",
        "Hội Nông dân phối hợp với ngân hàng chính sách xã hội giải ngân vốn vay ưu đãi cho hội viên khó khăn.",
        "Buổi sinh hoạt chuyên đề diễn ra sôi nổi, nhiều đảng viên trẻ mạnh dạn nêu ý kiến và đề xuất cách làm mới.",
        "Trong năm, địa phương đã kết nạp mười hai đảng viên mới, vượt chỉ tiêu nghị quyết đề ra.",
    ];

    private readonly Random _random = new(seed);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>A unique, realistic headline (the number keeps titles, and so paths, distinct).</summary>
    public string Title(int number)
        => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Topics)} (bản tin số {number})";

    /// <summary>About <paramref name="targetBytes"/> bytes (UTF-8) of HTML paragraphs with some inline markup.</summary>
    public string Html(int targetBytes = 2_048)
    {
        var sb = new StringBuilder(targetBytes + 400);
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes - 150)
        {
            sb.Append("<p>");
            var count = 2 + _random.Next(3);
            for (var i = 0; i < count; i++)
            {
                var sentence = Pick(Sentences);
                if (i == 0 && _random.Next(4) == 0)
                {
                    sb.Append("<strong>").Append(sentence).Append("</strong>");
                }
                else
                {
                    sb.Append(sentence);
                }

                sb.Append(' ');
            }

            if (_random.Next(5) == 0)
            {
                sb.Append("<a href=\"/tin-tuc\">Xem thêm tin liên quan</a>");
            }

            sb.Append("</p>\n");
        }

        return sb.ToString();
    }
}
