using System.Net;
using System.Text;
using SaRaiCms.Media.Models;
using SkiaSharp;

namespace SaRaiCms.Media.Tests;

/// <summary>Accepted uploads: derived sizes, orientation, metadata, names, folders and how files are served.</summary>
public sealed class ImageUploadTests(MediaSite media) : IClassFixture<MediaSite>
{
    [Fact]
    public async Task A_4000_by_3000_phone_photo_is_turned_upright_stripped_and_resized()
    {
        using var browser = await media.SignedInAsync();
        var photo = TestImages.JpegWithExif(4000, 3000, orientation: 6);
        Assert.True(TestImages.Contains(photo, Encoding.ASCII.GetBytes(TestImages.CameraMake)));

        var item = await media.UploadOkAsync(browser, "Ảnh Đại hội Đảng bộ.JPG", photo, altText: "Quang cảnh Đại hội");

        Assert.Equal("anh-dai-hoi-dang-bo.jpg", item.FileName);
        Assert.Equal("Ảnh Đại hội Đảng bộ.JPG", item.OriginalName);
        Assert.Equal(MediaKind.Jpeg, item.Kind);
        // Orientation 6 (turn 90° clockwise): the stored image is upright, portrait.
        Assert.Equal((3000, 4000), (item.Width, item.Height));
        Assert.Equal([320, 640, 960, 1280, 1920], item.Widths);

        var original = await File.ReadAllBytesAsync(Path.Combine(media.MediaRoot, item.Path));
        AssertStripped(original);
        using (var upright = SKBitmap.Decode(original))
        {
            Assert.Equal((3000, 4000), (upright.Width, upright.Height));
            // The red corner, top-left in the sensor's frame, is top-right once turned.
            Assert.True(IsRed(upright.GetPixel(3000 - 50, 50)), "top-right should be red");
            Assert.False(IsRed(upright.GetPixel(50, 50)), "top-left should not be red");
        }

        foreach (var width in item.Widths)
        {
            var derived = await File.ReadAllBytesAsync(Path.Combine(media.MediaRoot, ".sizes", width.ToString(), item.Path));
            AssertStripped(derived);
            using var bitmap = SKBitmap.Decode(derived);
            Assert.Equal(width, bitmap.Width);
            Assert.Equal((int)Math.Round(4000.0 * width / 3000), bitmap.Height);
            Assert.True(bitmap.Width <= item.Width);
        }
    }

    [Fact]
    public async Task A_small_image_is_never_upscaled()
    {
        using var browser = await media.SignedInAsync();

        var item = await media.UploadOkAsync(browser, "nho.png", TestImages.Png(700, 300), altText: "Ảnh nhỏ");

        Assert.Equal([320, 640], item.Widths);
        Assert.Equal((700, 300), (item.Width, item.Height));
        Assert.False(Directory.Exists(Path.Combine(media.MediaRoot, ".sizes", "960", item.Path)));
    }

    [Fact]
    public async Task WebP_is_resized_as_WebP_and_GIF_is_kept_as_uploaded()
    {
        using var browser = await media.SignedInAsync();

        var webp = await media.UploadOkAsync(browser, "anh-webp.webp", TestImages.WebP(800, 400), "Ảnh WebP");
        var gif = await media.UploadOkAsync(browser, "dong.gif", TestImages.Gif(), "Ảnh động");

        Assert.Equal((MediaKind.WebP, "image/webp", 800, 400), (webp.Kind, webp.ContentType, webp.Width, webp.Height));
        Assert.Equal([320, 640], webp.Widths);
        var derived = await File.ReadAllBytesAsync(Path.Combine(media.MediaRoot, ".sizes", "320", webp.Path));
        Assert.Equal("WEBP"u8.ToArray(), derived[8..12]);
        Assert.Equal((MediaKind.Gif, 1, 1), (gif.Kind, gif.Width, gif.Height));
        Assert.Empty(gif.Widths);
        Assert.Equal(TestImages.Gif(), await File.ReadAllBytesAsync(Path.Combine(media.MediaRoot, gif.Path)));
    }

    [Fact]
    public async Task Same_names_get_numbered_and_folders_are_slugged()
    {
        using var browser = await media.SignedInAsync();
        var (created, _) = await browser.SubmitAsync("/admin/media", "form.media-folder-form", new Dictionary<string, string> { ["name"] = "Hội nghị 2024" });
        Assert.Equal("/admin/media?folder=hoi-nghi-2024", SaRaiCms.Testing.Browser.RedirectTarget(created));

        var first = await media.UploadOkAsync(browser, "Họp chi bộ.jpg", TestImages.Jpeg(50, 40), "Họp chi bộ", folder: "hoi-nghi-2024");
        var second = await media.UploadOkAsync(browser, "hop chi bo.jpg", TestImages.Jpeg(50, 40), "Họp chi bộ", folder: "hoi-nghi-2024");
        var third = await media.UploadOkAsync(browser, "HỌP CHI BỘ.jpeg", TestImages.Jpeg(50, 40), "Họp chi bộ", folder: "hoi-nghi-2024");

        Assert.Equal("hoi-nghi-2024/hop-chi-bo.jpg", first.Path);
        Assert.Equal("hoi-nghi-2024/hop-chi-bo-2.jpg", second.Path);
        Assert.Equal("hoi-nghi-2024/hop-chi-bo-3.jpg", third.Path);

        var (_, root) = await browser.GetAsync("/admin/media");
        Assert.Contains(root.QuerySelectorAll(".media-folders a"), a => a.GetAttribute("href") == "/admin/media?folder=hoi-nghi-2024");
        var (_, folder) = await browser.GetAsync("/admin/media?folder=hoi-nghi-2024");
        Assert.Equal(3, folder.QuerySelectorAll("table.media-list tbody tr").Length);
        var (missing, _) = await browser.GetAsync("/admin/media?folder=..%2F..");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Files_are_served_with_their_sniffed_type_long_cache_and_nosniff()
    {
        using var browser = await media.SignedInAsync();
        var image = await media.UploadOkAsync(browser, "phuc-vu.png", TestImages.Png(1000, 500), "Ảnh phục vụ");
        var pdf = await media.UploadOkAsync(browser, "Nghị quyết số 12.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));
        using var anonymous = new SaRaiCms.Testing.Browser(media.Site);

        var original = await anonymous.Client.GetAsync($"/media/{image.Path}?v={image.Version}");
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/png", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", original.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(original.Headers.GetValues("X-Content-Type-Options")));

        var size = await anonymous.Client.GetAsync($"/media/_sizes/640/{image.Path}?v={image.Version}");
        Assert.Equal(HttpStatusCode.OK, size.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", size.Headers.CacheControl?.ToString());
        using (var bitmap = SKBitmap.Decode(await size.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(640, bitmap.Width);
        }

        // Without the current version the URL may change meaning later: short cache only.
        var unversioned = await anonymous.Client.GetAsync($"/media/{image.Path}");
        Assert.Equal("public, max-age=3600", unversioned.Headers.CacheControl?.ToString());

        var document = await anonymous.Client.GetAsync($"/media/{pdf.Path}?v={pdf.Version}");
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline; filename=nghi-quyet-so-12.pdf", document.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("nosniff", Assert.Single(document.Headers.GetValues("X-Content-Type-Options")));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync($"/media/_sizes/1280/{image.Path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync($"/media/_sizes/100/{image.Path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync("/media/khong-co.png")).StatusCode);
    }

    [Theory]
    [InlineData("/media/../saraicms.db")]
    [InlineData("/media/%2e%2e/saraicms.db")]
    [InlineData("/media/..%2fsaraicms.db")]
    [InlineData("/media/%2e%2e%2f%2e%2e%2fsaraicms.db")]
    [InlineData("/media/.tmp/x.upload")]
    [InlineData("/media/_sizes/320/..%2f..%2f..%2fsaraicms.db")]
    [InlineData("/media/%5c..%5csaraicms.db")]
    public async Task Path_traversal_requests_find_nothing(string url)
    {
        using var anonymous = new SaRaiCms.Testing.Browser(media.Site);

        var response = await anonymous.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + url, UriKind.Absolute)) { });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.False(TestImages.Contains(body, "SQLite format"u8.ToArray()));
    }

    [Fact]
    public async Task The_picker_lists_images_with_their_alt_text_for_the_editor()
    {
        using var browser = await media.SignedInAsync();
        var item = await media.UploadOkAsync(browser, "chon.jpg", TestImages.Jpeg(400, 300), "Ảnh để chọn");
        await media.UploadOkAsync(browser, "chua-mo-ta.jpg", TestImages.Jpeg(400, 300));
        await media.UploadOkAsync(browser, "van-ban.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));

        var (response, page) = await browser.GetAsync("/admin/media/picker?type=image&target=Album_Photo_Entries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Album_Photo_Entries", page.QuerySelector("[data-media-target]")?.GetAttribute("data-media-target"));
        var choose = page.QuerySelector($"button[data-path='{item.Path}']")!;
        Assert.Equal($"/media/{item.Path}?v={item.Version}", choose.GetAttribute("data-url"));
        Assert.Equal("Ảnh để chọn", choose.GetAttribute("data-alt"));
        Assert.Contains("/media/_sizes/320/", choose.GetAttribute("data-srcset"));
        // An image without alt text cannot be chosen, only described; PDFs are not offered for images.
        Assert.Null(page.QuerySelector("button[data-path='chua-mo-ta.jpg']"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/media/edit?path=chua-mo-ta.jpg']"));
        Assert.Null(page.QuerySelector("button[data-path='van-ban.pdf']"));
        Assert.NotNull(page.QuerySelector("script[src^='/_content/SaRaiCms.Media/media-picker.js']"));

        var script = await browser.Client.GetAsync("/_content/SaRaiCms.Media/media-picker.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("window.opener.postMessage(message, location.origin)", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Alt_text_is_edited_after_upload_and_required_for_images()
    {
        using var browser = await media.SignedInAsync();
        var item = await media.UploadOkAsync(browser, "sua-mo-ta.jpg", TestImages.Jpeg(100, 80));
        Assert.Equal("", item.AltText);

        var editUrl = "/admin/media/edit?path=" + Uri.EscapeDataString(item.Path);
        var (empty, page) = await browser.SubmitAsync(editUrl, "form[action^='/admin/media/edit']", new Dictionary<string, string> { ["altText"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Nhập mô tả ảnh", page.QuerySelector("#media-alt-error")?.TextContent);

        var (saved, _) = await browser.SubmitAsync(editUrl, "form[action^='/admin/media/edit']", new Dictionary<string, string> { ["altText"] = "Bí thư phát biểu" });
        Assert.Equal("/admin/media", SaRaiCms.Testing.Browser.RedirectTarget(saved));
        Assert.Equal("Bí thư phát biểu", (await media.ItemAsync(item.Path))!.AltText);
    }

    private static void AssertStripped(byte[] jpeg)
    {
        Assert.Equal(0xFF, jpeg[0]);
        Assert.Equal(0xD8, jpeg[1]);
        Assert.False(TestImages.Contains(jpeg, "Exif\0\0"u8.ToArray()), "EXIF block left in the stored JPEG");
        Assert.False(TestImages.Contains(jpeg, Encoding.ASCII.GetBytes(TestImages.CameraMake)), "camera make left in the stored JPEG");
    }

    private static bool IsRed(SKColor color) => color.Red > 200 && color.Green < 80 && color.Blue < 80;
}
