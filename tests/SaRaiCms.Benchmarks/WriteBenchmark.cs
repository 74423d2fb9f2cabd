using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Services;
using SaRaiCms.Store;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// Content items saved per second through the content manager: "News" items (TitlePart,
/// AutoroutePart, HtmlBodyPart with ~2 KB of Vietnamese HTML) created Published, in batches of
/// 100 per scope and SaveChangesAsync, then one per scope. Each case runs on a fresh site.
/// After the batch-100 case, the pieces a create is made of are timed on their own.
/// </summary>
public sealed class WriteBenchmark(BenchOptions options, Results results)
{
    private const string Section = "2. Content items saved per second (content manager)";
    private const int Warmup = 200;
    private const string PartsSection = "2b. What one create costs, piece by piece (after case 2, same table)";

    public async Task RunAsync(StoreTarget store)
    {
        static ItemPlan News(int _) => new("News", Publish: true, When: null);

        foreach (var (count, batch) in new[] { (options.Items, 100), (options.SingleItems, 1) })
        {
            Log.Info($"writes [{store.Name}]: {count:N0} items, batch size {batch}, on a fresh site");
            await using var site = await BenchSite.StartAsync(store);
            var writer = new ContentWriter(site);

            // Warm the code paths (JIT tiering, EF query cache, definitions cache) on 200 items first; not counted.
            await writer.CreateThroughContentManagerAsync(Warmup, Math.Min(batch, 20), News);

            var run = await writer.CreateThroughContentManagerAsync(count, batch, News);
            results.Add(Section, $"Create News, batch size {batch} ({Stats.N(count)} items)", store.Name,
                $"{Stats.N(run.Rate)} items/s",
                $"{run.Elapsed.TotalSeconds:0.0} s; CPU {run.CpuMsPerItem:0.00} ms/item; first 10%: {Stats.N(run.FirstTenthRate)}/s, last 10%: {Stats.N(run.LastTenthRate)}/s; body ~{writer.AverageBodyUtf8Bytes:N0} B UTF-8");

            if (batch == 100)
            {
                await TimePiecesAsync(site, writer, store, count + Warmup);
            }
        }
    }

    private async Task TimePiecesAsync(BenchSite site, ContentWriter writer, StoreTarget store, int rows)
    {
        var html = site.Services.GetRequiredService<ContentHtml>();
        var routes = site.Services.GetRequiredService<AutorouteService>();
        await using var scope = site.CreateScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<IDocumentSession>();
        var content = services.GetRequiredService<IContentManager>();
        var sample = await content.NewAsync("News");
        sample.DisplayText = "Đảng ủy thị trấn tổ chức hội nghị sơ kết chuyển đổi số (bản tin số 999999)";
        var body = writer.SampleBody;
        const string path = "tin-tuc/dang-uy-thi-tran-to-chuc-hoi-nghi-so-ket-chuyen-doi-so-ban-tin-so-999999";

        async Task Piece(string name, int repeat, Func<Task> action, string note)
        {
            for (var i = 0; i < Math.Min(5, repeat); i++)
            {
                await action();
            }

            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                await action();
            }

            stopwatch.Stop();
            var perCall = stopwatch.Elapsed.TotalMilliseconds / repeat;
            results.Add(PartsSection, name, store.Name, $"{Stats.Ms(perCall)} ms", note);
        }

        await Piece("HtmlSanitizer on the ~2 KB body", 200, () => Task.FromResult(html.Sanitize(body)),
            "HtmlBodyPartHandler.CreatingAsync; once per create");
        await Piece("Autoroute path from Liquid pattern", 200, () => routes.GeneratePathAsync(sample, "tin-tuc/{{ ContentItem.DisplayText | slugify }}"),
            "pattern parsed on every call; twice per create (Creating + Publishing)");
        await Piece($"Autoroute uniqueness query ({Stats.N(rows)} routes)", 50, () => routes.MakeUniqueAsync(session, path, sample.ContentItemId, CancellationToken.None),
            "twice per create (Creating + Publishing)");
        await Piece("Publish: other versions lookup", 50,
            () => session.ListAsync<ContentItem, ContentItemIndex>(
                session.Query<ContentItemIndex>().Where(i => i.ContentItemId == sample.ContentItemId && (i.Published || i.Latest))),
            "ContentManager.PublishAsync; once per create");
    }
}
