using System.Text;
using SkiaSharp;

namespace SaRaiCms.Media.Tests;

/// <summary>Images made in the test: real encodings from SkiaSharp, with EXIF added by hand where needed.</summary>
public static class TestImages
{
    /// <summary>A camera-like string put in the EXIF block, to prove it does not survive.</summary>
    public const string CameraMake = "SaRaiTestCamera";

    public static byte[] Jpeg(int width, int height, int quality = 85)
    {
        using var bitmap = Picture(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var bitmap = Picture(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static byte[] WebP(int width, int height)
    {
        using var bitmap = Picture(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Webp, 80);
        return data.ToArray();
    }

    /// <summary>The smallest GIF: one transparent pixel (SkiaSharp decodes GIF but cannot write it).</summary>
    public static byte[] Gif() =>
    [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
        0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>
    /// A JPEG with an EXIF (APP1) block right after the start marker: Orientation and a camera
    /// Make, as phones write them. Orientation 6 means "turn 90° clockwise to view".
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var jpeg = Jpeg(width, height);
        var make = Encoding.ASCII.GetBytes(CameraMake + "\0");
        using var tiff = new MemoryStream();
        using (var w = new BinaryWriter(tiff, Encoding.ASCII, leaveOpen: true))
        {
            w.Write("II"u8);                 // little-endian
            w.Write((ushort)42);
            w.Write(8u);                     // first IFD at offset 8
            w.Write((ushort)2);              // two entries
            // Make (0x010F), ASCII, value stored after the IFD.
            w.Write((ushort)0x010F);
            w.Write((ushort)2);
            w.Write((uint)make.Length);
            w.Write((uint)(8 + 2 + 2 * 12 + 4));
            // Orientation (0x0112), SHORT, 1 value in place.
            w.Write((ushort)0x0112);
            w.Write((ushort)3);
            w.Write(1u);
            w.Write(orientation);
            w.Write((ushort)0);
            w.Write(0u);                     // no next IFD
            w.Write(make);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff.ToArray()).ToArray();
        var segmentLength = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(segmentLength >> 8), (byte)segmentLength }.Concat(payload).ToArray();
        return jpeg[..2].Concat(app1).Concat(jpeg[2..]).ToArray();
    }

    /// <summary>A picture with a red top-left corner, so its orientation can be read back.</summary>
    private static SKBitmap Picture(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SkyBlue, SKColors.DarkGreen], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, width, height, paint);
        using var red = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(0, 0, Math.Max(1, width / 8), Math.Max(1, height / 8), red);
        return bitmap;
    }

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
