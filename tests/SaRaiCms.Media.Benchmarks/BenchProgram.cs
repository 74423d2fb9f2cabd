using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SaRaiCms.Media.Models;
using SaRaiCms.Media.Services;
using SkiaSharp;

namespace SaRaiCms.Media.Benchmarks;

/// <summary>
/// Times the media library's image processing for a 4000×3000 camera JPEG:
/// the whole upload step (<see cref="ImageProcessor.Process"/>: decode, orient, re-encode the
/// original, make and encode every derived width), then each part on its own.
/// </summary>
public static class BenchProgram
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = Encoding.UTF8;
        var runs = 10;
        var warmup = 2;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--output": output = args[++i]; break;
                default:
                    Console.Error.WriteLine($"Unknown option '{args[i]}'. Usage: SaRaiCms.Media.Benchmarks [--runs 10] [--warmup 2] [--output PATH]");
                    return 2;
            }
        }

        var folder = Directory.CreateTempSubdirectory("saraicms-bench-media").FullName;
        try
        {
            var report = Run(folder, runs, warmup);
            Console.Write(report);
            if (output is not null)
            {
                File.WriteAllText(output, report);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string folder, int runs, int warmup)
    {
        var options = new MediaOptions();
        var processor = new ImageProcessor(Options.Create(options));
        var source = Path.Combine(folder, "photo.jpg");
        File.WriteAllBytes(source, CameraPhoto(4000, 3000));
        Console.Error.WriteLine($"[bench-media] source 4000×3000 JPEG, {new FileInfo(source).Length / 1024} KB; {warmup} warm-up + {runs} timed runs");

        var total = Time(runs, warmup, () =>
        {
            var (image, error) = processor.Process(source, MediaKind.Jpeg, suffix => Path.Combine(folder, Guid.NewGuid().ToString("N") + suffix));
            if (image is null)
            {
                throw new InvalidOperationException(error!.Message);
            }

            foreach (var file in image.Sizes.Select(s => s.File).Append(image.OriginalFile))
            {
                File.Delete(file);
            }
        });

        // The parts, the way ImageProcessor does them.
        using var bitmap = SKBitmap.Decode(source);
        var decode = Time(runs, warmup, () => SKBitmap.Decode(source).Dispose());
        var encodeOriginal = Time(runs, warmup, () => bitmap.Encode(SKEncodedImageFormat.Jpeg, options.Quality).Dispose());
        var widths = options.EffectiveWidths.Where(w => w < bitmap.Width).OrderDescending().ToList();
        var perSize = new List<(int Width, Stats Stats)>();
        var previous = bitmap;
        var made = new List<SKBitmap>();
        foreach (var width in widths)
        {
            var from = previous;
            var height = (int)Math.Round((double)bitmap.Height * width / bitmap.Width);
            var info = new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType);
            var stats = Time(runs, warmup, () =>
            {
                using var resized = from.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
                resized.Encode(SKEncodedImageFormat.Jpeg, options.Quality).Dispose();
            });
            perSize.Add((width, stats));
            previous = from.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
            made.Add(previous);
        }

        made.ForEach(b => b.Dispose());
        var report = new StringBuilder();
        report.AppendLine($"Media benchmark: one 4000×3000 JPEG, {Environment.ProcessorCount} cores, SkiaSharp {typeof(SKBitmap).Assembly.GetName().Version}, {runs} runs (median / min ms)");
        report.AppendLine($"  whole upload processing (decode, orient, re-encode original, {widths.Count} derived sizes): {total}");
        report.AppendLine($"  decode 4000×3000:                {decode}");
        report.AppendLine($"  re-encode original (JPEG q{options.Quality}):  {encodeOriginal}");
        foreach (var (width, stats) in perSize)
        {
            report.AppendLine($"  derived {width,4} px (resize + encode, from the next larger): {stats}");
        }

        report.AppendLine($"  all derived sizes together:       {perSize.Sum(p => p.Stats.Median):0.0} ms (sum of medians)");
        return report.ToString();
    }

    private static Stats Time(int runs, int warmup, Action action)
    {
        for (var i = 0; i < warmup; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Stats(times[times.Count / 2], times[0]);
    }

    /// <summary>A photo-like image (gradients and noise), so the JPEG encoder has real work.</summary>
    private static byte[] CameraPhoto(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var shader = SKShader.CreateCompose(
                SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SkyBlue, SKColors.DarkGreen, SKColors.Goldenrod], SKShaderTileMode.Clamp),
                SKShader.CreatePerlinNoiseFractalNoise(0.02f, 0.02f, 4, 7),
                SKBlendMode.Overlay);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 92);
        return data.ToArray();
    }

    private sealed record Stats(double Median, double Min)
    {
        public override string ToString() => $"{Median,7:0.0} / {Min,7:0.0}";
    }
}
