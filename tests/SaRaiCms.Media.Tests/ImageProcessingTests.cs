using Microsoft.Extensions.Options;
using SaRaiCms.Media.Models;
using SaRaiCms.Media.Services;
using SkiaSharp;

namespace SaRaiCms.Media.Tests;

/// <summary>The resizing service on its own: orientation, widths, limits.</summary>
public sealed class ImageProcessingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("saraicms-media-unit").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Where the marked top-left pixel of a 4×2 image ends up for each EXIF orientation, and the upright size.</summary>
    [Theory]
    [InlineData(SKEncodedOrigin.TopLeft, 4, 2, 0, 0)]
    [InlineData(SKEncodedOrigin.TopRight, 4, 2, 3, 0)]
    [InlineData(SKEncodedOrigin.BottomRight, 4, 2, 3, 1)]
    [InlineData(SKEncodedOrigin.BottomLeft, 4, 2, 0, 1)]
    [InlineData(SKEncodedOrigin.LeftTop, 2, 4, 0, 0)]
    [InlineData(SKEncodedOrigin.RightTop, 2, 4, 1, 0)]
    [InlineData(SKEncodedOrigin.RightBottom, 2, 4, 1, 3)]
    [InlineData(SKEncodedOrigin.LeftBottom, 2, 4, 0, 3)]
    public void Every_exif_orientation_is_turned_upright(SKEncodedOrigin origin, int width, int height, int markX, int markY)
    {
        using var source = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Premul));
        source.Erase(SKColors.White);
        source.SetPixel(0, 0, SKColors.Red);
        // A second mark tells mirror images from turns: the pixel right of the corner.
        source.SetPixel(1, 0, SKColors.Blue);

        var upright = ImageOrientation.Apply(source, origin);
        try
        {
            Assert.Equal((width, height), (upright.Width, upright.Height));
            Assert.Equal(SKColors.Red, upright.GetPixel(markX, markY));
            var redCount = Enumerable.Range(0, width * height).Count(i => upright.GetPixel(i % width, i / width) == SKColors.Red);
            Assert.Equal(1, redCount);
        }
        finally
        {
            if (!ReferenceEquals(upright, source))
            {
                upright.Dispose();
            }
        }
    }

    [Theory]
    [InlineData(SKEncodedOrigin.TopRight, 2, 0)]
    [InlineData(SKEncodedOrigin.RightTop, 1, 1)]
    [InlineData(SKEncodedOrigin.LeftBottom, 0, 2)]
    public void Mirrors_and_turns_place_the_second_mark_apart(SKEncodedOrigin origin, int blueX, int blueY)
    {
        using var source = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Premul));
        source.Erase(SKColors.White);
        source.SetPixel(0, 0, SKColors.Red);
        source.SetPixel(1, 0, SKColors.Blue);

        using var upright = ImageOrientation.Apply(source, origin);

        Assert.Equal(SKColors.Blue, upright.GetPixel(blueX, blueY));
    }

    [Fact]
    public void A_jpeg_with_orientation_6_is_stored_upright_without_exif()
    {
        var source = Path.Combine(_folder, "in.jpg");
        File.WriteAllBytes(source, TestImages.JpegWithExif(800, 600, orientation: 6));

        var (image, error) = Processor().Process(source, MediaKind.Jpeg, NewFile);

        Assert.Null(error);
        Assert.Equal((600, 800), (image!.Width, image.Height));
        Assert.Equal([320], image.Sizes.Select(s => s.Width));
        var stored = File.ReadAllBytes(image.OriginalFile);
        Assert.False(TestImages.Contains(stored, "Exif\0\0"u8.ToArray()));
        using var codec = SKCodec.Create(image.OriginalFile);
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        Assert.Equal((600, 800), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void Derived_sizes_are_only_narrower_than_the_original()
    {
        var source = Path.Combine(_folder, "in.png");
        File.WriteAllBytes(source, TestImages.Png(1280, 100));

        var (image, _) = Processor().Process(source, MediaKind.Png, NewFile);

        Assert.Equal([960, 640, 320], image!.Sizes.Select(s => s.Width));
        Assert.All(image.Sizes, s => Assert.True(s.Width < image.Width));
        Assert.Equal(25, image.Sizes.Single(s => s.Width == 320).Height);
    }

    [Fact]
    public void Decompression_bombs_are_refused_from_the_header()
    {
        var source = Path.Combine(_folder, "in.png");
        File.WriteAllBytes(source, TestImages.Png(2000, 1000));

        var (image, error) = Processor(maxPixels: 1_000_000).Process(source, MediaKind.Png, NewFile);

        Assert.Null(image);
        Assert.Equal("ảnh quá lớn: 2000×1000 điểm ảnh, tối đa 1 triệu điểm ảnh", error!.Message);
    }

    private static ImageProcessor Processor(long maxPixels = 50_000_000)
        => new(Options.Create(new MediaOptions { MaxPixels = maxPixels }));

    private string NewFile(string suffix) => Path.Combine(_folder, Guid.NewGuid().ToString("N") + suffix);
}

public sealed class MediaSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, SniffResult.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, SniffResult.Png)]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, SniffResult.WebP)]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, SniffResult.Gif)]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-' }, SniffResult.Pdf)]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'A', (byte)'V', (byte)'I', (byte)' ' }, SniffResult.Unknown)]
    [InlineData(new byte[] { (byte)'M', (byte)'Z' }, SniffResult.Unknown)]
    [InlineData(new byte[0], SniffResult.Unknown)]
    public void Types_come_from_magic_bytes(byte[] header, SniffResult expected) => Assert.Equal(expected, MediaSniffer.Sniff(header));

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("\uFEFF  <?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<SVG onload=\"alert(1)\">")]
    [InlineData("<!-- logo --><svg>")]
    public void Svg_is_recognised_whatever_its_prologue(string text)
        => Assert.Equal(SniffResult.Svg, MediaSniffer.Sniff(System.Text.Encoding.UTF8.GetBytes(text)));
}

public sealed class MediaNamesTests
{
    [Theory]
    [InlineData("../../x.png")]
    [InlineData("..\\x.png")]
    [InlineData("/etc/passwd.png")]
    [InlineData("C:x.png")]
    [InlineData("x\0.png")]
    [InlineData("a\nb.png")]
    [InlineData("..")]
    [InlineData("   ")]
    public void Names_that_try_to_be_paths_are_refused(string name) => Assert.Null(MediaNames.CheckOriginalName(name));

    [Fact]
    public void Vietnamese_names_become_slugs()
    {
        var names = new MediaNames(new SaRaiCms.Text.SlugService());
        Assert.Equal("anh-dai-hoi-dang-bo-lan-thu-xiii", names.BaseName("Ảnh Đại hội Đảng bộ lần thứ XIII.jpg"));
        Assert.Equal("tep", names.BaseName("???.png"));
        Assert.Equal("hoi-nghi-2024", names.FolderName("  Hội nghị / 2024 "));
        Assert.Null(names.FolderName(".."));
    }

    [Theory]
    [InlineData("anh.jpg", true)]
    [InlineData("hoi-nghi/2024/anh-2.png", true)]
    [InlineData("../saraicms.db", false)]
    [InlineData(".tmp/abc.upload", false)]
    [InlineData("hoi-nghi/../anh.jpg", false)]
    [InlineData("anh.svg", false)]
    [InlineData("/anh.jpg", false)]
    [InlineData("Anh.jpg", false)]
    public void Only_paths_the_library_could_make_are_looked_up(string path, bool valid)
        => Assert.Equal(valid, MediaNames.CheckFilePath(path) is not null);
}
