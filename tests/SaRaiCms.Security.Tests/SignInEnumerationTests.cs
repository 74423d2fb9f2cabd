using System.Net;
using SaRaiCms.Testing;

namespace SaRaiCms.Security.Tests;

/// <summary>
/// What tests/SaRaiCms.Users.Tests/SignInTests does not cover: the lockout itself must not tell
/// which accounts exist. (Lockout after five failures, the same message for a wrong password and
/// an unknown user, and the antiforgery check on /login and /logout are tested there.)
/// </summary>
public sealed class SignInEnumerationTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    [Fact]
    public async Task A_locked_account_and_an_unknown_user_get_the_same_page_after_five_failures()
    {
        await site.Site.CreateUserAsync("se.bi.khoa", SecuritySite.Password);
        using var existing = new Browser(site.Site);
        using var unknown = new Browser(site.Site);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await existing.SignInAsync("se.bi.khoa", "Sai-mat-khau-1");
            await unknown.SignInAsync("khong.ai.ca", "Sai-mat-khau-1");
        }

        var (lockedResponse, locked) = await existing.SignInAsync("se.bi.khoa", SecuritySite.Password);
        var (unknownResponse, nobody) = await unknown.SignInAsync("khong.ai.ca", SecuritySite.Password);

        Assert.Equal(HttpStatusCode.OK, lockedResponse.StatusCode);
        Assert.Equal(unknownResponse.StatusCode, lockedResponse.StatusCode);
        Assert.Equal(Answer(nobody), Answer(locked));
        Assert.Contains("không đúng", Answer(locked));
    }

    /// <summary>Everything the page tells the person, without the user name they typed and the token.</summary>
    private static string Answer(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelector("main")?.TextContent.Trim() ?? page.Body!.TextContent.Trim();
}
