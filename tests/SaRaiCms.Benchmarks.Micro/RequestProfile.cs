using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Testing;

namespace SaRaiCms.Benchmarks.Micro;

/// <summary>
/// <c>scripts/bench-micro --profile [requests]</c>: what one uncached public request costs, in
/// figures that do not depend on the machine's load: SQL commands and bytes allocated per
/// request (the mean wall time is printed too, for a quiet machine). Each page of the Sa Rài
/// site is requested sequentially in memory after a warm-up; <c>--sql</c> also prints the commands.
/// </summary>
public static class RequestProfile
{
    public static async Task<int> RunAsync(int requests, bool showSql)
    {
        using var commands = new SqlCommandCounter();
        await using var site = new MicroSite();
        using var client = site.CreateClient();
        string newsPath;
        string meetingPath;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            newsPath = "/" + (await content.GetAsync("news-so-ket-6-thang-2023", VersionOptions.Published))!.As<Contents.Models.AutoroutePart>()!.Path;
            meetingPath = await FirstPathAsync(scope.ServiceProvider, "Meeting");
        }

        Console.WriteLine($"{"page",-28} {"SQL/request",12} {"KB/request",11} {"ms/request",11}");
        foreach (var (name, path) in new[]
                 {
                     ("home", "/"), ("news detail", newsPath), ("meeting detail", meetingPath),
                     ("news list", "/tin-tuc"), ("search", "/search?q=sa+rai"), ("leadership", "/lanh-dao"),
                 })
        {
            for (var i = 0; i < 50; i++)
            {
                await GetAsync(client, path);
            }

            commands.Reset();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                await GetAsync(client, path);
            }

            clock.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine($"{name,-28} {commands.Count / (double)requests,12:F1} {bytes / 1024.0 / requests,11:F1} {clock.Elapsed.TotalMilliseconds / requests,11:F2}");
            if (showSql)
            {
                // The commands of one more request, to see what a page asks the database.
                commands.Capture = [];
                await GetAsync(client, path);
                commands.Capture.ForEach(sql => Console.WriteLine("    " + sql.ReplaceLineEndings(" ")));
                commands.Capture = null;
            }
        }

        return 0;
    }

    private static async Task<string> FirstPathAsync(IServiceProvider services, string type)
    {
        var session = services.GetRequiredService<Store.IDocumentSession>();
        var item = await session.FirstOrDefaultAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentType == type && i.Published).OrderBy(i => i.Id));
        return "/" + item!.As<Contents.Models.AutoroutePart>()!.Path;
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }
}
