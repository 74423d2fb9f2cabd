using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.ContentManagement;
using SaRaiCms.Testing;

namespace SaRaiCms.AuditTrail.Tests;

public sealed class SignInAuditTests(AuditSite fixture) : IClassFixture<AuditSite>
{
    private static string Json(AuditEvent e) => JsonSerializer.Serialize(e, ContentSerializer.Options);

    [Fact]
    public async Task Failed_and_successful_sign_ins_are_logged_with_the_user_name_and_never_the_password()
    {
        const string user = "dangnhap1";
        const string password = "Dung-mat-khau-1!";
        const string wrong = "Sai-mat-khau-XYZ-987";
        await fixture.Site.CreateUserAsync(user, password);
        using var browser = new Browser(fixture.Site);

        await browser.SignInAsync(user, wrong);
        await browser.SignInAsync("khong.ton.tai", wrong);
        var (signedIn, _) = await browser.SignInAsync(user, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var events = await fixture.EventsAsync(q => q.Where(i => i.Category == AuditCategories.Account && (i.UserName == user || i.UserName == "khong.ton.tai")));
        Assert.Equal(
            [(AuditEventNames.SignInFailed, user), (AuditEventNames.SignInFailed, "khong.ton.tai"), (AuditEventNames.SignedIn, user)],
            events.Select(e => (e.Name, e.UserName)));
        Assert.Equal("WrongPassword", (string?)events[0].Details["reason"]);
        Assert.Equal("UnknownUser", (string?)events[1].Details["reason"]);
        Assert.NotNull(events[2].UserId);
        Assert.All(events, e => Assert.DoesNotContain(wrong, Json(e)));
        Assert.All(events, e => Assert.DoesNotContain(password, Json(e)));
    }

    [Fact]
    public async Task Signing_out_and_a_lockout_are_logged()
    {
        const string user = "dangnhap2";
        const string password = "Dung-mat-khau-2!";
        await fixture.Site.CreateUserAsync(user, password, "Author");
        using var browser = new Browser(fixture.Site);
        await browser.SignInAsync(user, password);
        var (_, admin) = await browser.GetAsync("/admin");
        var logout = admin.QuerySelector<IHtmlFormElement>("form[action='/logout']")!;
        await browser.PostAsync("/logout", Browser.Fields(logout));

        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(user, "Sai-" + i);
        }

        var names = (await fixture.EventsAsync(q => q.Where(i => i.UserName == user))).Select(e => e.Name).ToList();
        Assert.Equal(AuditEventNames.SignedIn, names[0]);
        Assert.Equal(AuditEventNames.SignedOut, names[1]);
        Assert.Single(names, AuditEventNames.LockedOut);
        Assert.Equal(5, names.Count(n => n == AuditEventNames.SignInFailed));
    }
}
