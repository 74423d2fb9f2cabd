using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Benchmarks;

/// <summary>What to create for item number n.</summary>
public readonly record struct ItemPlan(string ContentType, bool Publish, DateTime? When);

/// <summary>How a write run went: total time and the rate over each tenth of it.</summary>
public sealed record WriteRun(int Count, TimeSpan Elapsed, TimeSpan Cpu, IReadOnlyList<(int Items, TimeSpan Elapsed)> Tenths)
{
    /// <summary>CPU time (user + system, all threads) this process spent per item: robust against other load on the machine.</summary>
    public double CpuMsPerItem => Cpu.TotalMilliseconds / Math.Max(Count, 1);

    public double Rate => Count / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double FirstTenthRate => Tenths.Count == 0 ? Rate : Tenths[0].Items / Math.Max(Tenths[0].Elapsed.TotalSeconds, 1e-9);

    public double LastTenthRate => Tenths.Count == 0 ? Rate : Tenths[^1].Items / Math.Max(Tenths[^1].Elapsed.TotalSeconds, 1e-9);
}

/// <summary>Creates content items through the content manager (or, for bulk seeding, straight through the document session).</summary>
public sealed class ContentWriter
{
    private readonly BenchSite _site;
    private readonly VietnameseText _text = new(20250101);
    private readonly string[] _bodies;
    private int _number;

    public ContentWriter(BenchSite site)
    {
        _site = site;
        _bodies = Enumerable.Range(0, 256).Select(_ => _text.Html()).ToArray();
    }

    public string SampleBody => _bodies[0];

    public int AverageBodyChars => (int)_bodies.Average(b => b.Length);

    public int AverageBodyUtf8Bytes => (int)_bodies.Average(b => System.Text.Encoding.UTF8.GetByteCount(b));

    /// <summary>
    /// Creates <paramref name="count"/> items, <paramref name="batchSize"/> per DI scope (one unit
    /// of work, one SaveChangesAsync): NewAsync, set TitlePart and HtmlBodyPart, CreateAsync.
    /// Stops early (returning what was done) when <paramref name="budget"/> runs out.
    /// </summary>
    /// <param name="fill">Sets the item's other parts and fields (item, its number in this run) before it is created.</param>
    public async Task<WriteRun> CreateThroughContentManagerAsync(int count, int batchSize, Func<int, ItemPlan> plan, TimeSpan? budget = null, Action<ContentItem, int>? fill = null)
    {
        var cpu = ProcessCpu();
        var tenth = Math.Max(1, count / 10);
        var tenths = new List<(int, TimeSpan)>();
        var stopwatch = Stopwatch.StartNew();
        var markItems = 0;
        var markTime = TimeSpan.Zero;
        var done = 0;
        while (done < count)
        {
            var size = Math.Min(batchSize, count - done);
            await using (var scope = _site.CreateScope())
            {
                var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
                for (var i = 0; i < size; i++)
                {
                    var p = plan(done + i);
                    var number = ++_number;
                    var item = await content.NewAsync(p.ContentType);
                    item.Alter<TitlePart>(t => t.Title = _text.Title(number));
                    item.Alter<HtmlBodyPart>(b => b.Html = _bodies[number % _bodies.Length]);
                    fill?.Invoke(item, done + i);
                    _site.Clock.Fixed = p.When is { } when ? new DateTimeOffset(when, TimeSpan.Zero) : null;
                    await content.CreateAsync(item, p.Publish ? VersionOptions.Published : VersionOptions.Draft);
                }

                await content.SaveChangesAsync();
                _site.Clock.Fixed = null;
            }

            done += size;
            if (done - markItems >= tenth || done == count)
            {
                var now = stopwatch.Elapsed;
                tenths.Add((done - markItems, now - markTime));
                markItems = done;
                markTime = now;
            }

            if (budget is { } b && stopwatch.Elapsed > b)
            {
                break;
            }
        }

        stopwatch.Stop();
        return new WriteRun(done, stopwatch.Elapsed, ProcessCpu() - cpu, tenths);
    }

    /// <summary>
    /// Bulk seeding without the content manager: the same JSON the content handlers would produce
    /// (title, display text, route path from the type's pattern, body, dates, flags), saved through
    /// IDocumentSession so the index providers still write every index row. No handlers run, so no
    /// path uniqueness check (paths are unique by construction) and no HTML sanitising.
    /// </summary>
    public async Task<WriteRun> SeedThroughSessionAsync(int count, int batchSize, Func<int, ItemPlan> plan, int offset)
    {
        var slugs = _site.Services.GetRequiredService<ISlugService>();
        var ids = _site.Services.GetRequiredService<IIdGenerator>();
        var cpu = ProcessCpu();
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        while (done < count)
        {
            var size = Math.Min(batchSize, count - done);
            await using (var scope = _site.CreateScope())
            {
                var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                for (var i = 0; i < size; i++)
                {
                    var p = plan(offset + done + i);
                    var number = ++_number;
                    var title = _text.Title(number);
                    var when = p.When ?? DateTime.UtcNow;
                    var item = new ContentItem
                    {
                        ContentItemId = ids.GenerateUniqueId(),
                        ContentItemVersionId = ids.GenerateUniqueId(),
                        ContentType = p.ContentType,
                        DisplayText = title,
                        Latest = true,
                        Published = p.Publish,
                        CreatedUtc = when,
                        ModifiedUtc = when,
                        PublishedUtc = p.Publish ? when : null,
                    };
                    item.Apply(new TitlePart { Title = title });
                    item.Apply(new AutoroutePart { Path = RoutePrefix(p.ContentType) + slugs.Slugify(title) });
                    item.Apply(new HtmlBodyPart { Html = _bodies[number % _bodies.Length] });
                    session.Save(item);
                }

                await session.SaveChangesAsync();
            }

            done += size;
        }

        stopwatch.Stop();
        return new WriteRun(done, stopwatch.Elapsed, ProcessCpu() - cpu, []);
    }

    public static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>The path prefix of each type's AutoroutePart pattern in the benchmark recipe.</summary>
    private static string RoutePrefix(string contentType) => contentType switch
    {
        "News" => "tin-tuc/",
        "Event" => "su-kien/",
        _ => "",
    };
}
