using Microsoft.Extensions.Options;
using SaRaiCms.Media.Models;
using SkiaSharp;

namespace SaRaiCms.Media.Services;

/// <summary>An image ready to store: the re-encoded original and its derived sizes, all in temp files.</summary>
public sealed record ProcessedImage(int Width, int Height, string OriginalFile, IReadOnlyList<DerivedImage> Sizes);

public sealed record DerivedImage(int Width, int Height, string File);

/// <summary>Why an image was refused.</summary>
public sealed record ImageError(string Message);

/// <summary>
/// Decodes an uploaded image with SkiaSharp, refuses what it cannot decode and decompression
/// bombs (checked from the header, before any pixel is decoded), turns it upright from its EXIF
/// orientation, and re-encodes the original and each derived width. Re-encoding drops every
/// metadata block (EXIF with GPS position, XMP, comments); GIFs are kept as uploaded (animation),
/// and get no derived sizes.
/// </summary>
public sealed class ImageProcessor(IOptions<MediaOptions> options) : IDisposable
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    // Bounds the memory that concurrent uploads of large photos take (one decoded 50 MP image is 200 MB).
    private readonly SemaphoreSlim _gate = new(Math.Max(1, options.Value.MaxConcurrentImages));

    /// <summary><see cref="Process"/>, waiting for a free slot first.</summary>
    public async Task<(ProcessedImage? Image, ImageError? Error)> ProcessAsync(string sourceFile, MediaKind kind, Func<string, string> newTempFile, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Process(sourceFile, kind, newTempFile);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <param name="newTempFile">Makes a temp file name for each output (the caller deletes them).</param>
    public (ProcessedImage? Image, ImageError? Error) Process(string sourceFile, MediaKind kind, Func<string, string> newTempFile)
    {
        var settings = options.Value;
        using var stream = File.OpenRead(sourceFile);
        using var codec = SKCodec.Create(stream, out var result);
        if (codec is null || result != SKCodecResult.Success)
        {
            return (null, new ImageError("không đọc được ảnh (tệp hỏng hoặc không đúng định dạng)"));
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > settings.MaxPixels)
        {
            return (null, new ImageError($"ảnh quá lớn: {info.Width}×{info.Height} điểm ảnh, tối đa {settings.MaxPixels / 1_000_000} triệu điểm ảnh"));
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return (null, new ImageError("không đọc được ảnh (tệp hỏng hoặc không đúng định dạng)"));
        }

        var upright = ImageOrientation.Apply(decoded, codec.EncodedOrigin);
        using var turned = ReferenceEquals(upright, decoded) ? null : upright;
        var format = Format(kind);
        string original;
        if (kind == MediaKind.Gif)
        {
            original = newTempFile(".gif");
            File.Copy(sourceFile, original);
            return (new ProcessedImage(upright.Width, upright.Height, original, []), null);
        }

        original = newTempFile(".orig");
        Encode(upright, format, settings.Quality, original);
        var sizes = new List<DerivedImage>();
        var bitmaps = Resize(upright, settings.EffectiveWidths);
        try
        {
            foreach (var bitmap in bitmaps)
            {
                var file = newTempFile("." + bitmap.Width);
                Encode(bitmap, format, settings.Quality, file);
                sizes.Add(new DerivedImage(bitmap.Width, bitmap.Height, file));
            }
        }
        finally
        {
            foreach (var bitmap in bitmaps)
            {
                bitmap.Dispose();
            }
        }

        return (new ProcessedImage(upright.Width, upright.Height, original, sizes), null);
    }

    /// <summary>
    /// The derived bitmaps for every width narrower than the image (never upscaled), widest first;
    /// each is scaled from the previous one, which keeps a 4000 px photo cheap to reduce.
    /// </summary>
    public static IReadOnlyList<SKBitmap> Resize(SKBitmap source, IReadOnlyList<int> widths)
    {
        var sizes = new List<SKBitmap>();
        var previous = source;
        foreach (var width in widths.Where(w => w < source.Width).OrderDescending())
        {
            var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
            var resized = previous.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), Sampling)
                          ?? throw new InvalidOperationException($"SkiaSharp could not resize to {width}×{height}.");
            sizes.Add(resized);
            previous = resized;
        }

        return sizes;
    }

    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // A truncated file (IncompleteInput) would be stored half grey: refused like a broken one.
        if (result == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static SKEncodedImageFormat Format(MediaKind kind) => kind switch
    {
        MediaKind.Png => SKEncodedImageFormat.Png,
        MediaKind.WebP => SKEncodedImageFormat.Webp,
        MediaKind.Gif => SKEncodedImageFormat.Png,
        _ => SKEncodedImageFormat.Jpeg,
    };

    private static void Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality, string file)
    {
        using var output = File.Create(file);
        if (!bitmap.Encode(output, format, quality))
        {
            throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        }
    }
}

/// <summary>Turns a decoded image upright from its EXIF orientation (the eight cases of the EXIF standard).</summary>
public static class ImageOrientation
{
    /// <summary>The upright bitmap: <paramref name="source"/> itself when no change is needed, else a new one.</summary>
    public static SKBitmap Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source;
        }

        float w = source.Width, h = source.Height;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        // Maps a source pixel (x, y) to its place in the upright image.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };

        var info = new SKImageInfo(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height, source.ColorType, source.AlphaType);
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        // Whole-pixel moves only (flips, quarter turns): nearest sampling copies pixels exactly.
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return upright;
    }
}
