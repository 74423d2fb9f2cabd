using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Recipes;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Tests.Infrastructure;

namespace SaRaiCms.Tests.Theming;

/// <summary>
/// The public theme is a site setting: the Themes recipe step and /admin/settings choose it, every
/// public page (home, item, 404, search, print view, error) renders in its layout, and a site without
/// one renders in the Contents module's plain layout.
/// </summary>
public sealed class ThemingTests
{
    private const string Theme = "SaRaiCms.CommitteeTheme";
    private const string ThemeStylesheet = "/_content/SaRaiCms.CommitteeTheme/css/site.css";
    private const string PlainStylesheet = "/_content/SaRaiCms.Contents/css/item.css";

    private const string ThemesRecipe = """
        { "name": "themes", "steps": [ { "name": "Themes", "Site": "SaRaiCms.CommitteeTheme", "Admin": "SaRaiCms.TheAdmin" } ] }
        """;

    private static SiteFactory Start(StoreProvider provider = StoreProvider.Sqlite)
    {
        var site = new SiteFactory(provider, setupRecipe: "");
        _ = site.Server;
        return site;
    }

    private static Task<SiteSettings> SettingsAsync(SiteFactory site)
        => site.InScopeAsync(async sp => await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>() ?? new SiteSettings());

    private static bool IsThemed(IHtmlDocument page)
        => page.QuerySelector($"link[rel=stylesheet][href='{ThemeStylesheet}']") is not null && page.QuerySelector("header.site-header .brand-name") is not null;

    private static bool IsPlain(IHtmlDocument page)
        => page.QuerySelector($"link[rel=stylesheet][href^='{PlainStylesheet}']") is not null && page.QuerySelector(".site-header") is null;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task The_Themes_step_stores_the_themes_as_Orchard_does_and_public_pages_take_the_theme(StoreProvider provider)
    {
        await using var site = Start(provider);
        using var browser = new Browser(site);
        var (_, before) = await browser.GetAsync("/");
        Assert.True(IsPlain(before), "A site without a theme renders in the plain layout.");

        await site.RunRecipeAsync(ThemesRecipe);

        var settings = await SettingsAsync(site);
        Assert.Equal(Theme, settings.CurrentThemeName);
        Assert.Equal("SaRaiCms.TheAdmin", settings.CurrentAdminThemeName);
        Assert.Equal(Theme, settings.Properties["CurrentThemeName"]!.GetValue<string>());
        Assert.Equal("SaRaiCms.TheAdmin", settings.Properties["CurrentAdminThemeName"]!.GetValue<string>());
        var (response, after) = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(IsThemed(after), "After the Themes step the next request renders in the theme's layout.");
    }

    [Theory]
    [InlineData("""{ "name": "Themes", "Site": "TheBlogTheme" }""", "TheBlogTheme")]
    [InlineData("""{ "name": "Themes", "Site": "SaRaiCms.CommitteeTheme", "Admin": "SaRaiCms.CommitteeTheme" }""", "SaRaiCms.CommitteeTheme")]
    [InlineData("""{ "name": "Themes", "Site": "SaRaiCms.TheAdmin" }""", "SaRaiCms.TheAdmin")]
    public async Task An_unknown_theme_fails_the_recipe_naming_the_step_and_the_id_and_changes_nothing(string step, string id)
    {
        await using var site = Start();
        var recipe = $$"""
            { "name": "bad-theme", "steps": [ { "name": "Settings", "SiteName": "Tên mới" }, {{step}} ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunRecipeAsync(recipe));

        Assert.Equal("Themes", error.StepName);
        Assert.Equal(id, error.Item);
        Assert.Contains("'Themes'", error.Message, StringComparison.Ordinal);
        Assert.Contains(id, error.Message, StringComparison.Ordinal);
        var settings = await SettingsAsync(site);
        Assert.NotEqual("Tên mới", settings.SiteName);
        Assert.Null(settings.CurrentThemeName);
        Assert.Null(settings.CurrentAdminThemeName);
    }

    [Fact]
    public async Task A_site_without_a_theme_renders_home_item_404_search_and_print_in_the_plain_layout()
    {
        await using var site = Start();
        using var browser = new Browser(site);
        foreach (var (url, status) in new[] { ("/", HttpStatusCode.OK), ("/khong-co-trang-nay", HttpStatusCode.NotFound), ("/search?q=sa+rai", HttpStatusCode.OK), ("/?print=1", HttpStatusCode.OK) })
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(status, response.StatusCode);
            Assert.True(IsPlain(page), $"{url} is not in the plain layout.");
            Assert.Null(page.QuerySelector($"link[href*='CommitteeTheme']"));
        }
    }

    [Fact]
    public async Task A_themed_site_renders_search_404_and_the_print_view_in_the_theme()
    {
        await using var site = Start();
        await site.RunRecipeAsync(ThemesRecipe);
        using var browser = new Browser(site);

        var (search, searchPage) = await browser.GetAsync("/search?q=sa+rai");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(IsThemed(searchPage), "/search is in the theme.");
        Assert.NotNull(searchPage.QuerySelector("link[rel=stylesheet][href^='/_content/SaRaiCms.Search/css/search.css']"));
        Assert.StartsWith("Tìm kiếm: sa rai - ", searchPage.Title, StringComparison.Ordinal);

        var (missing, missingPage) = await browser.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(IsThemed(missingPage), "The 404 page is in the theme.");
        Assert.NotNull(missingPage.QuerySelector(".not-found[data-theme='SaRaiCms.CommitteeTheme']"));

        var (print, printPage) = await browser.GetAsync("/search?q=sa+rai&print=1");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.True(IsThemed(printPage), "The print view is in the theme.");
        Assert.Contains("print-view", printPage.Body!.ClassList);
        Assert.NotNull(printPage.QuerySelector(".print-toolbar"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_exception_on_a_public_page_renders_a_vietnamese_500_page_in_the_sites_layout(bool themed)
    {
        await using var site = Start();
        if (themed)
        {
            await site.RunRecipeAsync(ThemesRecipe);
        }

        using var failing = site.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new FailOnPath("/trang-loi")))));
        using var client = failing.CreateClient();

        var response = await client.GetAsync("/trang-loi");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "The error page keeps the security headers.");
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("Đã có lỗi xảy ra", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(FailOnPath.Message, html, StringComparison.Ordinal);
        Assert.True(themed ? IsThemed(page) : IsPlain(page), $"The error page is not in the {(themed ? "theme" : "plain layout")}.");
        if (themed)
        {
            Assert.NotNull(page.QuerySelector(".server-error[data-theme='SaRaiCms.CommitteeTheme']"));
        }
    }

    [Fact]
    public async Task The_admin_settings_page_chooses_the_public_theme_and_refuses_an_admin_theme()
    {
        await using var site = Start();
        using var browser = new Browser(site);
        var (signIn, _) = await browser.SignInAsync("admin", SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var (_, form) = await browser.GetAsync("/admin/settings");
        var choices = form.QuerySelectorAll<IHtmlOptionElement>("select[name=ThemeId] option").Select(o => o.Value).ToList();
        Assert.Equal(["", Theme], choices);

        var (saved, _) = await browser.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string> { ["ThemeId"] = Theme });
        Assert.Equal("/admin/settings", Browser.RedirectTarget(saved));
        Assert.Equal(Theme, (await SettingsAsync(site)).CurrentThemeName);
        Assert.True(IsThemed((await browser.GetAsync("/")).Page));
        var (_, reread) = await browser.GetAsync("/admin/settings");
        Assert.Equal(Theme, reread.QuerySelector<IHtmlSelectElement>("select[name=ThemeId]")!.Value);

        var (refused, refusedPage) = await browser.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string> { ["ThemeId"] = "SaRaiCms.TheAdmin" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("SaRaiCms.TheAdmin", refusedPage.QuerySelector(".field-error[data-valmsg-for='ThemeId']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Theme, (await SettingsAsync(site)).CurrentThemeName);

        var (cleared, _) = await browser.SubmitAsync("/admin/settings", "#site-settings", new Dictionary<string, string> { ["ThemeId"] = "" });
        Assert.Equal("/admin/settings", Browser.RedirectTarget(cleared));
        Assert.Null((await SettingsAsync(site)).CurrentThemeName);
        Assert.True(IsPlain((await browser.GetAsync("/")).Page), "With no theme chosen the next page is plain again.");
    }

    [Fact]
    public async Task A_site_set_up_before_themes_were_settings_keeps_the_hosts_public_theme_after_the_upgrade()
    {
        await using var first = Start();
        // As such a site was: no theme stored, and the core migration one step short of the one that stores it.
        await first.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SaRaiCms.Store.StoreDbContext>();
            var record = await db.DataMigrations.SingleAsync(r => r.MigrationId == typeof(CoreMigration).FullName);
            record.Version = new CoreMigration().Steps.Count - 1;
            await db.SaveChangesAsync();
        });
        Assert.Null((await SettingsAsync(first)).CurrentThemeName);

        await using var upgraded = first.Restart();
        _ = upgraded.Server;

        Assert.Equal(Theme, (await SettingsAsync(upgraded)).CurrentThemeName);
        using var browser = new Browser(upgraded);
        Assert.True(IsThemed((await browser.GetAsync("/")).Page));
    }

    /// <summary>Throws in the action pipeline of one path, as a failing page would.</summary>
    private sealed class FailOnPath(string path) : IActionFilter
    {
        public const string Message = "Lỗi thử của bài kiểm tra";

        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path == path)
            {
                throw new InvalidOperationException(Message);
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
