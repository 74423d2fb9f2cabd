using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Search.Indexing;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Search.Querying;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Benchmarks;

// Search benchmark: seeds N generated news items into a fresh SQLite site, rebuilds the search
// index from the store (items/s), publishes a batch through the content manager (live indexing),
// times a fixed list of queries (p50/p95) and measures the index on disk.
//
//   SaRaiCms.Search.Benchmarks [--items 100000] [--passes 10] [--live 1000] [--output file] [--keep]
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var culture = CultureInfo.GetCultureInfo("en-US");
        var folder = Path.Combine(Path.GetTempPath(), "saraicms-bench-search", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Log($"data folder: {folder}");

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SaRaiCms:DataPath"] = Path.Combine(folder, "App_Data"),
            ["SaRaiCms:SetupRecipe"] = "",
            ["SaRaiCms:SiteName"] = "Default",
            ["SaRaiCms:Admin:UserName"] = "admin",
            ["SaRaiCms:Admin:Password"] = "Bench-Passw0rd!",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSaRaiCms(builder.Configuration, typeof(SaRaiCms.Web.CommandLine).Assembly);
        var app = builder.Build();
        var rows = new List<(string Measure, string Value)>();
        try
        {
            await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync();
            await DefineNewsTypeAsync(app.Services);

            // 1. Seed the store (not the index): straight through the document session, no content handlers.
            var generator = new NewsGenerator(20230628);
            var seed = Stopwatch.StartNew();
            const int seedBatch = 1000;
            for (var done = 0; done < options.Items; done += seedBatch)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
                var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                for (var n = done; n < Math.Min(options.Items, done + seedBatch); n++)
                {
                    session.Save(await NewsAsync(manager, generator.Next(n)));
                }

                await session.SaveChangesAsync();
                if ((done / seedBatch) % 10 == 9)
                {
                    Log($"seeded {done + seedBatch:N0} items");
                }
            }

            seed.Stop();
            rows.Add(($"seed {options.Items:N0} published items into the store (document session, no handlers, batches of {seedBatch})", Rate(options.Items, seed.Elapsed)));

            // 2. Index them: a full rebuild from the store (page through ContentItemIndex, build documents, analyse, write, commit).
            Log("rebuilding the search index");
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            SearchRebuildResult rebuild;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                rebuild = await scope.ServiceProvider.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync();
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            rows.Add(($"index {rebuild.Indexed:N0} items: `search reindex` from the store", Rate(rebuild.Indexed, rebuild.Elapsed) + $", CPU {cpu.TotalSeconds.ToString("0.0", culture)} s"));

            var index = app.Services.GetRequiredService<SearchIndexManager>().For(app.Services.GetRequiredService<ISiteAccessor>().Current);
            var size = index.SizeOnDisk;
            rows.Add(("index size on disk", $"{(size / 1024d / 1024d).ToString("0.0", culture)} MiB for {index.Count:N0} documents ({(size / (double)Math.Max(1, index.Count) / 1024d).ToString("0.00", culture)} KiB per item)"));

            // 3. Live indexing: publishing through the content manager (handlers, routes, index after commit).
            if (options.Live > 0)
            {
                var live = Stopwatch.StartNew();
                const int liveBatch = 100;
                for (var done = 0; done < options.Live; done += liveBatch)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
                    for (var n = done; n < Math.Min(options.Live, done + liveBatch); n++)
                    {
                        var news = generator.Next(options.Items + n);
                        var item = await manager.NewAsync("News");
                        Fill(item, news, withPath: false);
                        await manager.CreateAsync(item, VersionOptions.Published);
                    }

                    await manager.SaveChangesAsync();
                }

                live.Stop();
                rows.Add(($"publish {options.Live:N0} more through the content manager (batches of {liveBatch}; indexed after each commit)", Rate(options.Live, live.Elapsed)));
            }

            // 4. Queries: the fixed list, through the search service (what /search runs) and ids only.
            var full = new List<double>();
            var idsOnly = new List<double>();
            var perQuery = new List<(string Query, int Hits, double P50, double P95)>();

            // Warm up the whole list first (JIT tiers, caches), as a running site would be.
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var query in BenchOptions.Queries)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var search = scope.ServiceProvider.GetRequiredService<ISearchService>();
                    await search.SearchAsync(new SearchRequest { Query = query });
                    await search.FindContentItemIdsAsync(query, null, 0, 10);
                }
            }

            foreach (var query in BenchOptions.Queries)
            {
                var samples = new List<double>();
                var hits = 0;
                for (var pass = 0; pass < options.Passes; pass++)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var search = scope.ServiceProvider.GetRequiredService<ISearchService>();
                    var watch = Stopwatch.StartNew();
                    var result = await search.SearchAsync(new SearchRequest { Query = query });
                    watch.Stop();
                    var ids = Stopwatch.StartNew();
                    await search.FindContentItemIdsAsync(query, null, 0, 10);
                    ids.Stop();
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                    idsOnly.Add(ids.Elapsed.TotalMilliseconds);

                    hits = result.Total;
                }

                full.AddRange(samples);
                perQuery.Add((query, hits, Percentile(samples, 50), Percentile(samples, 95)));
            }

            rows.Add(($"query, /search service (query, 10 hits highlighted, counts per type, published check): {BenchOptions.Queries.Length} queries × {options.Passes}", $"p50 {Ms(Percentile(full, 50))}, p95 {Ms(Percentile(full, 95))}"));
            rows.Add(("query, ids only (admin list: Lucene query, top 10 ids)", $"p50 {Ms(Percentile(idsOnly, 50))}, p95 {Ms(Percentile(idsOnly, 95))}"));

            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"SaRaiCms search benchmark: {options.Items:N0} generated news items, SQLite, Lucene.Net 4.8.0-beta00017, .NET {Environment.Version}, {Environment.ProcessorCount} CPU, {DateTime.UtcNow:yyyy-MM-dd}");
            report.AppendLine();
            report.AppendLine("| measure | result |");
            report.AppendLine("|---|---|");
            foreach (var (measure, value) in rows)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} |");
            }

            report.AppendLine();
            report.AppendLine("| query | results | p50 | p95 |");
            report.AppendLine("|---|---:|---:|---:|");
            foreach (var (query, hits, p50, p95) in perQuery)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| `{query}` | {hits:N0} | {Ms(p50)} | {Ms(p95)} |");
            }

            Console.Write(report.ToString());
            if (options.Output is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
                await File.WriteAllTextAsync(options.Output, report.ToString());
            }

            return 0;
        }
        finally
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (options.Keep)
            {
                Log($"kept {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        string Rate(int count, TimeSpan elapsed)
            => $"{elapsed.TotalSeconds.ToString("0.0", culture)} s, {(count / Math.Max(elapsed.TotalSeconds, 1e-9)).ToString("N0", culture)} items/s";

        string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", culture) + " ms";

        static double Percentile(List<double> values, double percentile)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var sorted = values.Order().ToList();
            var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }

        static void Log(string message) => Console.Error.WriteLine($"[bench-search] {message}");

        static async Task DefineNewsTypeAsync(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartAsync("News", part => part
                .WithField("Lead", "TextField", "Sapo")
                .WithField("Number", "TextField", "Số, ký hiệu"));
            await definitions.AlterTypeAsync("News", type => type
                .DisplayedAs("Tin tức")
                .Creatable()
                .Listable()
                .WithPart("TitlePart")
                .WithPart("News")
                .WithPart("AutoroutePart")
                .WithPart("HtmlBodyPart"));
            await scope.ServiceProvider.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        }

        static async Task<ContentItem> NewsAsync(IContentManager manager, NewsGenerator.NewsItem news)
        {
            var item = await manager.NewAsync("News");
            Fill(item, news, withPath: true);
            item.Published = true;
            item.Latest = true;
            item.CreatedUtc = item.ModifiedUtc = item.PublishedUtc = news.PublishedUtc;
            return item;
        }

        static void Fill(ContentItem item, NewsGenerator.NewsItem news, bool withPath)
        {
            item.DisplayText = news.Title;
            item.Alter<TitlePart>(p => p.Title = news.Title);
            item.Alter<HtmlBodyPart>(p => p.Html = news.Html);
            if (withPath)
            {
                item.Alter<AutoroutePart>(p => p.Path = news.Path);
            }

            var part = new System.Text.Json.Nodes.JsonObject { ["Lead"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = news.Lead } };
            if (news.Number is not null)
            {
                part["Number"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = news.Number };
            }

            item.Content["News"] = part;
        }
    }
}

/// <summary>Command-line options and the fixed query list.</summary>
internal sealed record BenchOptions(int Items, int Passes, int Live, string? Output, bool Keep)
{
    /// <summary>Folded, accented, multi-word, phrase, document-number and no-hit queries.</summary>
    public static readonly string[] Queries =
    [
        "sa rai", "dang bo", "hoi nghi so ket", "nong thon moi", "an ninh trat tu",
        "Sa Rài", "Đảng bộ", "hội nghị", "an sinh xã hội", "hòa giải",
        "phát triển kinh tế xã hội", "xây dựng Đảng trong sạch vững mạnh", "\"thị trấn Sa Rài\"", "đồng chí Đinh Văn Dũng",
        "45-NQ/ĐU", "45-nq/du", "45 NQ", "120/2019/QĐ-UBND",
        "khuỷu", "xyzzy",
    ];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(100_000, 10, 1000, null, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--items" => options with { Items = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--passes" => options with { Passes = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--live" => options with { Live = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--output" => options with { Output = args[++i] },
                "--keep" => options with { Keep = true },
                "--quick" => options with { Items = 10_000, Passes = 5, Live = 200 },
                _ => throw new ArgumentException($"unknown option {args[i]}; options: --items N --passes N --live N --output file --keep --quick"),
            };
        }

        return options;
    }
}
