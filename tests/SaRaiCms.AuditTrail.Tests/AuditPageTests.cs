using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Testing;

namespace SaRaiCms.AuditTrail.Tests;

/// <summary>/admin/audit through the real host.</summary>
public sealed class AuditPageTests(AuditSite fixture) : IClassFixture<AuditSite>
{
    private async Task<Browser> AdminAsync()
    {
        var browser = new Browser(fixture.Site);
        await browser.SignInAsync("admin", SiteFactory.AdminPassword);
        return browser;
    }

    private async Task<string> PublishAsync(string title)
    {
        string? id = null;
        await fixture.AsUserAsync(AuditSite.Editor, async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync("Article");
            item.Alter<TitlePart>(p => p.Title = title);
            id = item.ContentItemId;
            await contents.CreateAsync(item, VersionOptions.Published);
            await contents.SaveChangesAsync();
        });
        return id!;
    }

    private static IReadOnlyList<IElement> Rows(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.audit-events tbody tr").ToList();

    [Fact]
    public async Task Administrators_see_events_newest_first_with_vietnamese_labels()
    {
        await PublishAsync("Bài thứ nhất");
        await PublishAsync("Bài thứ hai");
        using var browser = await AdminAsync();

        var (response, page) = await browser.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nhật ký hệ thống", page.QuerySelector("h1")?.TextContent);
        var rows = Rows(page);
        // The admin's own sign-in is the newest event; the second article was published before it.
        Assert.Equal(AuditEventNames.SignedIn, rows[0].GetAttribute("data-event"));
        Assert.Equal("Đăng nhập", rows[0].QuerySelector(".status")?.TextContent);
        var published = rows.Where(r => r.GetAttribute("data-event") == AuditEventNames.Published).ToList();
        Assert.Equal("Bài thứ hai", published[0].QuerySelector("a")?.TextContent);
        Assert.Equal("Bài thứ nhất", published[1].QuerySelector("a")?.TextContent);
        Assert.Equal("Xuất bản", published[0].QuerySelector(".status")?.TextContent);
        Assert.Equal(AuditSite.Editor, published[0].QuerySelector(".user")?.TextContent);

        // The menu offers the page under the users section.
        var (_, dashboard) = await browser.GetAsync("/admin");
        Assert.NotNull(dashboard.QuerySelector("a[href='/admin/audit']"));
    }

    [Fact]
    public async Task Filters_by_category_user_and_site_local_dates()
    {
        await PublishAsync("Bài để lọc");
        using var browser = await AdminAsync();

        var (_, byCategory) = await browser.GetAsync("/admin/audit?category=Account");
        Assert.NotEmpty(Rows(byCategory));
        Assert.All(Rows(byCategory), r => Assert.Contains(r.GetAttribute("data-event"), new[] { AuditEventNames.SignedIn, AuditEventNames.SignInFailed, AuditEventNames.SignedOut, AuditEventNames.LockedOut }));

        var (_, byUser) = await browser.GetAsync($"/admin/audit?user={AuditSite.Editor.ToUpperInvariant()}&category=Content");
        Assert.NotEmpty(Rows(byUser));
        Assert.All(Rows(byUser), r => Assert.Equal(AuditSite.Editor, r.QuerySelector(".user")?.TextContent));

        var today = TimeZoneInfo.ConvertTimeFromUtc(fixture.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        var (_, todays) = await browser.GetAsync(FormattableString.Invariant($"/admin/audit?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        Assert.NotEmpty(Rows(todays));
        var (_, tomorrow) = await browser.GetAsync(FormattableString.Invariant($"/admin/audit?from={today.AddDays(1):yyyy-MM-dd}"));
        Assert.Empty(Rows(tomorrow));
        // As a Vietnamese editor types it: "/" written as such, not the machine culture's date separator.
        var (_, yesterday) = await browser.GetAsync("/admin/audit?to=" + today.AddDays(-1).ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        Assert.Empty(Rows(yesterday));
    }

    [Fact]
    public async Task A_bad_date_is_reported_next_to_its_field()
    {
        using var browser = await AdminAsync();

        var (response, page) = await browser.GetAsync("/admin/audit?from=31/02/2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không phải là ngày hợp lệ", page.QuerySelector("#audit-from-error")?.TextContent);
        Assert.Equal("31/02/2024", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#audit-from")?.Value);
    }

    [Fact]
    public async Task Editors_are_refused_and_anonymous_visitors_sent_to_login()
    {
        using var anonymous = new Browser(fixture.Site);
        var (anon, _) = await anonymous.GetAsync("/admin/audit");
        Assert.StartsWith("/login", Browser.RedirectTarget(anon));

        using var editor = new Browser(fixture.Site);
        await editor.SignInAsync(AuditSite.Editor, AuditSite.Password);
        var (denied, _) = await editor.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var (_, dashboard) = await editor.GetAsync("/admin");
        Assert.Null(dashboard.QuerySelector("a[href='/admin/audit']"));
    }
}
