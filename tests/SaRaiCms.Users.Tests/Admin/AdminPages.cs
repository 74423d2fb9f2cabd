using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>What the admin tests share: a started site, a signed-in browser, reading users back.</summary>
public static class AdminPages
{
    public const string Password = "Mat-khau-2024";

    public static SiteFactory Start(string setupRecipe = "")
    {
        var site = new SiteFactory(setupRecipe: setupRecipe);
        _ = site.Server;
        return site;
    }

    public static Task<Browser> SignedInAsync(SiteFactory site, string userName = "admin", string password = SiteFactory.AdminPassword)
        => Browser.SignedInAsync(site, userName, password);

    public static Task<User?> FindUserAsync(SiteFactory site, string userName)
        => site.InScopeAsync(sp => sp.GetRequiredService<UserManager<User>>().FindByNameAsync(userName));

    public static async Task<User> UserAsync(SiteFactory site, string userName)
        => await FindUserAsync(site, userName) ?? throw new InvalidOperationException($"No user {userName}.");

    public static string? FieldError(IHtmlDocument page, string field)
        => page.QuerySelector($".field-error[data-valmsg-for='{field}']")?.TextContent.Trim();

    public static string? Notice(IHtmlDocument page) => page.QuerySelector(".notice")?.TextContent.Trim();

    /// <summary>Follows one redirect (PRG) and returns the page it lands on.</summary>
    public static async Task<IHtmlDocument> FollowAsync(Browser browser, HttpResponseMessage response)
    {
        var (landing, page) = await browser.GetAsync(Browser.RedirectTarget(response)!);
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        return page;
    }
}
