using System.Net;
using System.Text;
using AngleSharp.Dom;
using SaRaiCms.Testing;

namespace SaRaiCms.Media.Tests;

/// <summary>A site whose upload limit is 200 KB, so that "too large" is cheap to send.</summary>
public sealed class SmallLimitSite() : MediaSite(TestStore.Default, maxFileBytes: Limit)
{
    public const long Limit = 200_000;
}

/// <summary>Hostile and broken uploads: each is refused with a clear message and writes nothing (not even a temp file).</summary>
public sealed class UploadRefusalTests(SmallLimitSite media) : IClassFixture<SmallLimitSite>
{
    private static readonly byte[] SvgWithScript = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><circle r="5"/></svg>""");

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "png-as-pdf", "bao-cao.pdf", "thực chất là ảnh PNG, không khớp với đuôi “.pdf”" },
        { "png", "../../x.png", "Tên tệp “../../x.png” không hợp lệ" },
        { "png", "..\\..\\x.png", "không hợp lệ: tên tệp không được chứa đường dẫn" },
        { "png", "/etc/x.png", "không hợp lệ: tên tệp không được chứa đường dẫn" },
        { "svg", "logo.svg", "Không nhận tệp SVG" },
        { "svg", "logo.png", "Không nhận tệp SVG" },
        { "empty", "anh.jpg", "Tệp “anh.jpg” rỗng." },
        { "too-large", "lon.png", "lớn hơn giới hạn 195,3 KB" },
        { "html", "trang.jpg", "không phải ảnh JPEG, PNG, WebP, GIF hay tệp PDF" },
        { "broken-png", "hong.png", "không đọc được ảnh" },
        { "truncated-jpeg", "cat-do.jpg", "không đọc được ảnh" },
        { "jpeg", "anh.exe", "không khớp với đuôi “.exe”" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_uploads_say_why_and_write_nothing(string content, string fileName, string message)
    {
        using var browser = await media.SignedInAsync();
        var before = media.Files();

        var (response, page) = await MediaSite.UploadAsync(browser, fileName, Content(content), altText: "Mô tả", contentType: content == "png-as-pdf" ? "application/pdf" : "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = page.QuerySelector("#media-file-error")?.TextContent ?? "";
        Assert.Contains(message, error);
        Assert.Equal(before, media.Files());
        // The alt text typed is offered again.
        Assert.Equal("Mô tả", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#media-alt")?.Value);
    }

    [Fact]
    public async Task A_body_announced_far_over_the_limit_is_answered_before_it_is_read()
    {
        using var browser = await media.SignedInAsync();
        var before = media.Files();

        var (response, _) = await MediaSite.UploadAsync(browser, "rat-lon.png", new byte[SmallLimitSite.Limit * 2]);

        Assert.Equal("/admin/media", Browser.RedirectTarget(response));
        var (_, page) = await browser.GetAsync("/admin/media");
        Assert.Contains("Tệp lớn hơn giới hạn 195,3 KB", page.QuerySelector(".notice-error")?.TextContent);
        Assert.Equal(before, media.Files());
    }

    [Fact]
    public async Task A_file_at_the_limit_is_accepted()
    {
        using var browser = await media.SignedInAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n").Concat(new byte[SmallLimitSite.Limit - 9]).ToArray();

        var item = await media.UploadOkAsync(browser, "Đúng giới hạn.pdf", pdf);

        Assert.Equal("dung-gioi-han.pdf", item.FileName);
        Assert.Equal(SmallLimitSite.Limit, item.Length);
        Assert.DoesNotContain(media.Files(), f => f.StartsWith(".tmp", StringComparison.Ordinal) && File.Exists(Path.Combine(media.MediaRoot, f)));
    }

    private static byte[] Content(string kind) => kind switch
    {
        "png" or "png-as-pdf" => TestImages.Png(40, 30),
        "jpeg" => TestImages.Jpeg(40, 30),
        "svg" => SvgWithScript,
        "empty" => [],
        "too-large" => TestImages.Png(8, 8).Concat(new byte[SmallLimitSite.Limit]).ToArray(),
        "html" => Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>"),
        "broken-png" => TestImages.Png(40, 30)[..40].Concat(new byte[200]).ToArray(),
        "truncated-jpeg" => TestImages.Jpeg(400, 300) is var jpeg ? jpeg[..(jpeg.Length / 2)] : [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
