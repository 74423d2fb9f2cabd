using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Committee;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.Officials;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Benchmarks;

/// <summary>
/// <c>seed-site --folder DIR [--news N] [--meetings N] [--officials N]</c>: a Sa Rài site (the
/// "sarai" setup recipe) in DIR with generated officials, meetings and news, created through the
/// content manager (<see cref="ContentWriter"/>, so handlers, indexes and the search index see
/// them as an editor's work). Writes DIR/bench-paths.txt: the paths scripts/bench requests.
/// </summary>
public static class SiteSeeder
{
    private const string Taxonomy = "tax-chuyen-muc";
    private static readonly string[] Categories = ["cat-xay-dung-dang", "cat-kinh-te-xa-hoi", "cat-doan-the"];
    private static readonly string[] Cells = ["org-chi-bo-khom-1", "org-chi-bo-khom-2", "org-chi-bo-khom-3"];
    private static readonly DateTime First = new(2015, 1, 5, 1, 0, 0, DateTimeKind.Utc);

    public static async Task<int> RunAsync(string[] args)
    {
        string? folder = null;
        int news = 10_000, meetings = 500, officials = 300;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--folder": folder = Path.GetFullPath(Next()); break;
                case "--news": news = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--meetings": meetings = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--officials": officials = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}' (seed-site --folder DIR [--news N] [--meetings N] [--officials N]).");
            }
        }

        if (folder is null || news < 1 || meetings < 1 || officials < 1)
        {
            throw new ArgumentException("seed-site needs --folder, and at least one news item, meeting and official.");
        }

        await using var site = await BenchSite.StartAsync(StoreTarget.Sqlite, folder: folder, setupRecipe: "sarai");
        var writer = new ContentWriter(site);
        var officialIds = new List<string>(officials);
        var meetingIds = new List<string>(meetings);
        var newsIds = new List<string>(news);

        var run = await writer.CreateThroughContentManagerAsync(officials, 100, _ => new ItemPlan(CommitteeTypes.Official, true, First), fill: (item, n) =>
        {
            officialIds.Add(item.ContentItemId);
            item.Alter<OfficialPart>(p => p.Positions.Add(new Position
            {
                Title = n % 10 == 0 ? "Bí thư chi bộ" : "Đảng viên",
                OrganisationId = Cells[n % Cells.Length],
                StartDate = new DateTime(2020, 7, 1, 0, 0, 0, DateTimeKind.Utc),
            }));
        });
        Log.Info($"seed-site: {run.Count:N0} officials, {run.Rate:N0}/s");

        // Spread over ten years so lists and pages look like a real archive.
        var step = TimeSpan.FromDays(3650) / Math.Max(news, meetings);
        run = await writer.CreateThroughContentManagerAsync(meetings, 100, n => new ItemPlan(CommitteeTypes.Meeting, true, First + step * n * (news / (double)meetings)), fill: (item, n) =>
        {
            meetingIds.Add(item.ContentItemId);
            item.Alter<MeetingPart>(p =>
            {
                p.Kind = MeetingKinds.CellMeeting;
                p.Date = (First + step * n * (news / (double)meetings)).Date;
                p.PartOfDay = PartsOfDay.Morning;
                p.OrganisationId = Cells[n % Cells.Length];
                p.Summary = "Sinh hoạt chi bộ định kỳ: đánh giá kết quả tháng, bàn nhiệm vụ tháng tới.";
                p.Participants.Add(new Participant { OfficialId = officialIds[n % officialIds.Count], Role = ParticipantRoles.Chair });
                p.Participants.Add(new Participant { OfficialId = officialIds[(n + 1) % officialIds.Count], Role = ParticipantRoles.Secretary });
            });
        });
        Log.Info($"seed-site: {run.Count:N0} meetings, {run.Rate:N0}/s");

        run = await writer.CreateThroughContentManagerAsync(news, 100, n => new ItemPlan(CommitteeTypes.News, true, First + step * n), fill: (item, n) =>
        {
            newsIds.Add(item.ContentItemId);
            item.Alter<ContentPart>(CommitteeTypes.News, p =>
            {
                p.Set("Lead", new TextField { Text = "Tin hoạt động của Đảng bộ thị trấn Sa Rài: kết quả, nhiệm vụ và ý kiến của đảng viên, nhân dân." });
                p.Set("Byline", new TextField { Text = "Ban Tuyên giáo" });
                p.Set("Date", new DateTimeField { Value = First + step * n });
                p.Set("Category", new TaxonomyField { TaxonomyContentItemId = Taxonomy, TermContentItemIds = [Categories[n % Categories.Length]] });
                p.Set("RelatedMeeting", new ContentPickerField { ContentItemIds = [meetingIds[n % meetingIds.Count]] });
                p.Set("Officials", new ContentPickerField { ContentItemIds = [officialIds[n % officialIds.Count], officialIds[(n + 7) % officialIds.Count]] });
                p.Set("Featured", new BooleanField { Value = n % 50 == 0 });
            });
        }, budget: null);
        Log.Info($"seed-site: {run.Count:N0} news, {run.Rate:N0}/s");

        await using var scope = site.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        async Task<string> PathAsync(string id) => "/" + (await content.GetAsync(id, VersionOptions.Published))!.As<AutoroutePart>()!.Path;
        var paths = new[]
        {
            $"news={await PathAsync(newsIds[newsIds.Count / 2])}",
            $"meeting={await PathAsync(meetingIds[meetingIds.Count / 2])}",
            $"items={news}",
        };
        await File.WriteAllLinesAsync(Path.Combine(folder, "bench-paths.txt"), paths);
        Log.Info($"seed-site: done, {string.Join(", ", paths)}");
        return 0;
    }
}
