using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Contents.Services;
using SaRaiCms.Store;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// Seeds a corpus (default 100,000 items over News, Page and Event, 90% published, dates spread
/// over ten years) and times index queries on it, each run in a fresh DI scope (empty identity
/// map, new DbContext): warm-up runs, then timed runs; p50 and p95.
/// </summary>
public sealed class QueryBenchmark(BenchOptions options, Results results)
{
    private const string SeedSection = "3a. Seeding the query corpus";
    private const string Section = "3b. Queries on the corpus (fresh scope per run)";
    private static readonly string[] Types = ["News", "Page", "Event"];
    private static readonly DateTime Epoch = new(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly long SpanSeconds = (long)(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) - Epoch).TotalSeconds;

    private readonly List<string> _plans = [];

    public IReadOnlyList<string> Plans => _plans;

    /// <summary>Item n: type n mod 3, published unless its hash says draft (1 in 10), published at a hashed time in 2016–2025.</summary>
    private static ItemPlan Plan(int n)
    {
        var h = (ulong)(uint)n * 0x9E3779B97F4A7C15UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        var when = Epoch.AddSeconds((long)(h % (ulong)SpanSeconds));
        return new ItemPlan(Types[n % Types.Length], Publish: (h >> 40) % 10 != 0, When: when);
    }

    public async Task RunAsync(StoreTarget store)
    {
        await using var site = await BenchSite.StartAsync(store, keep: options.KeepData);
        await SeedAsync(site, store);

        if (store.IsPostgres)
        {
            // Autovacuum analyses a table after this many inserts anyway; do it now so plans are the steady-state ones.
            await using var scope = site.CreateScope();
            await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var expectedNews = Enumerable.Range(0, options.Corpus).Count(n => Plan(n) is { ContentType: "News", Publish: true });
        var expectedPublished = Enumerable.Range(0, options.Corpus).Count(n => Plan(n).Publish);

        IQueryable<ContentItemIndex> PublishedNews(IDocumentSession s)
            => s.Query<ContentItemIndex>().Where(i => i.ContentType == "News" && i.Published);

        IQueryable<ContentItemIndex> Latest20(IDocumentSession s) => PublishedNews(s).OrderByDescending(i => i.PublishedUtc).Take(20);

        IQueryable<ContentItemIndex> DeepPage(IDocumentSession s) => PublishedNews(s).OrderByDescending(i => i.PublishedUtc).Skip(5000).Take(20);

        // What ItemController.Home ("/") runs: all published items, newest first, page 1 of 10, plus the total.
        IQueryable<ContentItemIndex> Home(IDocumentSession s)
            => s.Query<ContentItemIndex>().Where(i => i.Published).OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id).Take(10);

        await TimeAsync(site, store, "Latest 20 published News (ListAsync)", Latest20,
            async s => Check(await s.ListAsync<ContentItem, ContentItemIndex>(Latest20(s)), 20, descending: true));
        await TimeAsync(site, store, "Same, deep page Skip(5000).Take(20)", DeepPage,
            async s => Check(await s.ListAsync<ContentItem, ContentItemIndex>(DeepPage(s)), expectedNews > 5000 ? Math.Min(20, expectedNews - 5000) : 0, descending: true));
        await TimeAsync(site, store, "Count published News (CountAsync)", PublishedNews,
            async s => Expect(await PublishedNews(s).CountAsync(), expectedNews, "published News"), count: true);
        await TimeAsync(site, store, "Home page list: all published, top 10", Home,
            async s => Check(await s.ListAsync<ContentItem, ContentItemIndex>(Home(s)), 10, descending: false));
        await TimeAsync(site, store, "Home page count: all published", s => s.Query<ContentItemIndex>().Where(i => i.Published),
            async s => Expect(await s.Query<ContentItemIndex>().Where(i => i.Published).CountAsync(), expectedPublished, "published items"), count: true);

        // The uniqueness check AutoroutePartHandler runs on every create (CreatingAsync and PublishingAsync).
        var autoroute = site.Services.GetRequiredService<AutorouteService>();
        const string newPath = "tin-tuc/hoi-nghi-so-ket-cong-tac-quy-moi-chua-co";
        const string newItemId = "benchnewitem00000000000000";
        await TimeAsync(site, store, "Autoroute uniqueness check (per create, x2)",
            s => s.Query<AutorouteIndex>()
                .Where(i => i.ContentItemId != newItemId && (i.Latest || i.Published) && (i.Path == newPath || i.Path.StartsWith(newPath + "-")))
                .Select(i => i.Path).Distinct(),
            async s => Expect((await autoroute.MakeUniqueAsync(s, newPath, newItemId, CancellationToken.None)) == newPath ? 1 : 0, 1, "a free path"));

        await AdminListAsync(site, store);
    }

    /// <summary>
    /// The admin content list (/admin/contents) through the same service the page calls: count
    /// plus one page of latest versions, and the page's two look-ups (review states, published).
    /// </summary>
    private async Task AdminListAsync(BenchSite site, StoreTarget store)
    {
        async Task List(string name, ContentListFilter filter, Func<ContentListPage, bool> check)
        {
            IQueryable<ContentItemIndex> Plan(IDocumentSession s) => s.Query<ContentItemIndex>().Where(i => i.Latest).OrderByDescending(i => i.ModifiedUtc).Take(20);
            await TimeAsync(site, store, "Admin list: " + name, Plan, async s =>
            {
                var list = new ContentListQuery(s, []);
                var page = await list.RunAsync(filter, CancellationToken.None);
                if (!check(page))
                {
                    throw new InvalidOperationException($"Admin list '{name}' returned {page.Rows.Count} rows of {page.Total}.");
                }
            });
        }

        await List("all types, newest first, page 1", new ContentListFilter(), p => p.Rows.Count == 20 && p.Total >= options.Corpus);
        await List("News, newest first, page 1", new ContentListFilter { ContentTypes = ["News"] }, p => p.Rows.Count == 20);
        await List("all, page 250", new ContentListFilter { Page = 250 }, p => p.Rows.Count == 20 || p.Total < 5000);
        await List("status Draft", new ContentListFilter { Status = Contents.Workflow.ContentStatus.Draft }, p => p.Rows.Count > 0);
        await List("status Published, title A–Z", new ContentListFilter { Status = Contents.Workflow.ContentStatus.Published, Sort = ContentListSort.TitleAsc }, p => p.Rows.Count == 20);
        await List("title contains \"hội nghị\"", new ContentListFilter { Text = "hội nghị" }, _ => true);
    }

    private async Task SeedAsync(BenchSite site, StoreTarget store)
    {
        var writer = new ContentWriter(site);
        var budget = options.SeedBudgetSeconds > 0 ? TimeSpan.FromSeconds(options.SeedBudgetSeconds) : (TimeSpan?)null;
        Log.Info($"queries [{store.Name}]: seeding {options.Corpus:N0} items through the content manager in batches of 500"
                 + (budget is null ? "" : $" (budget {budget.Value.TotalSeconds:0} s, then straight to the store)"));
        var viaManager = await writer.CreateThroughContentManagerAsync(options.Corpus, 500, Plan, budget);
        results.Add(SeedSection, $"Seed via content manager, batch 500 ({Stats.N(viaManager.Count)} items)", store.Name,
            $"{Stats.N(viaManager.Rate)} items/s",
            $"{viaManager.Elapsed.TotalSeconds:0.0} s; CPU {viaManager.CpuMsPerItem:0.00} ms/item; first 10%: {Stats.N(viaManager.FirstTenthRate)}/s, last 10%: {Stats.N(viaManager.LastTenthRate)}/s"
            + (viaManager.Count < options.Corpus ? $"; stopped at the {options.SeedBudgetSeconds:0} s budget" : ""));

        if (viaManager.Count < options.Corpus)
        {
            var rest = options.Corpus - viaManager.Count;
            Log.Info($"  budget spent after {viaManager.Count:N0} items; writing the other {rest:N0} through IDocumentSession.Save");
            var direct = await writer.SeedThroughSessionAsync(rest, 500, Plan, viaManager.Count);
            results.Add(SeedSection, $"Seed rest via IDocumentSession.Save, batch 500 ({Stats.N(direct.Count)} items)", store.Name,
                $"{Stats.N(direct.Rate)} items/s",
                $"{direct.Elapsed.TotalSeconds:0.0} s; CPU {direct.CpuMsPerItem:0.00} ms/item; no handlers (no route check, no sanitising), index providers run");
        }
    }

    private async Task TimeAsync<TIndex>(BenchSite site, StoreTarget store, string name, Func<IDocumentSession, IQueryable<TIndex>> query, Func<IDocumentSession, Task> run, bool count = false)
    {
        Log.Info($"  timing: {name}");
        var samples = new List<double>(options.TimedRuns);
        for (var i = 0; i < options.WarmupRuns + options.TimedRuns; i++)
        {
            await using var scope = site.CreateScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            var stopwatch = Stopwatch.StartNew();
            await run(session);
            stopwatch.Stop();
            if (i >= options.WarmupRuns)
            {
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        results.Add(Section, name, store.Name,
            $"p50 {Stats.Ms(Stats.Percentile(samples, 50))} ms",
            $"p95 {Stats.Ms(Stats.Percentile(samples, 95))} ms, max {Stats.Ms(samples.Max())} ms ({options.WarmupRuns} warm-up + {options.TimedRuns} runs)");

        await using (var scope = site.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            _plans.Add($"  {name} [{store.Name}]{Environment.NewLine}{await QueryPlans.ExplainAsync(scope.ServiceProvider, query(session), count)}");
        }
    }

    private static void Check(IReadOnlyList<ContentItem> items, int expected, bool descending)
    {
        if (items.Count != expected)
        {
            throw new InvalidOperationException($"Expected {expected} items, got {items.Count}.");
        }

        if (descending)
        {
            if (items.Any(i => i.ContentType != "News" || !i.Published))
            {
                throw new InvalidOperationException("The query returned items other than published News.");
            }

            for (var i = 1; i < items.Count; i++)
            {
                if (items[i].PublishedUtc > items[i - 1].PublishedUtc)
                {
                    throw new InvalidOperationException("The items are not newest first.");
                }
            }
        }
    }

    private static void Expect(int actual, int expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected} {what}, got {actual}.");
        }
    }
}
