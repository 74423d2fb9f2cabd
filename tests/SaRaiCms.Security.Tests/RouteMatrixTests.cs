using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Media.Services;
using SaRaiCms.Metadata;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Security.Tests;

/// <summary>
/// Every admin and API route the host serves (found in its endpoint data source, so a new
/// module's routes are in the matrix without editing this file) against every standard role.
/// </summary>
public sealed class RouteMatrixTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    /// <summary>Stand-ins for route parameters: nothing in the Sa Rài data has these ids or names.</summary>
    private static string Missing(string parameter) => parameter.Contains("type", StringComparison.OrdinalIgnoreCase) ? "KhongCoLoaiNay" : "khong-ton-tai-4x0";

    private IReadOnlyList<DiscoveredEndpoint> Endpoints => EndpointDiscovery.AdminAndApi(site.Site.Services);

    [Fact]
    public void The_admin_routes_are_discovered_from_the_host()
    {
        var patterns = Endpoints.Select(e => e.ToString()).ToList();
        Assert.Contains("GET /admin", patterns);
        Assert.Contains("GET /admin/contents", patterns);
        Assert.Contains("POST /admin/contents/{contentItemId}/publish", patterns);
    }

    [Fact]
    public void Every_admin_and_api_endpoint_asks_for_a_permission()
    {
        var unprotected = Endpoints.Where(e => e.AllowsAnonymous || e.Permissions.Count == 0).Select(e => e.ToString()).ToList();
        Assert.True(unprotected.Count == 0, "Admin/API endpoints without [Authorize(Policy = \"perm:…\")]: " + string.Join(", ", unprotected));
    }

    [Fact]
    public async Task Anonymous_requests_to_every_admin_route_are_sent_to_the_login_page()
    {
        var client = site.Client(SecuritySite.Anonymous);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var url = endpoint.Url(Missing);
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
            if (endpoint.ChangesState)
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string>());
            }

            using var response = await client.Client.SendAsync(request);
            var target = response.StatusCode == HttpStatusCode.Redirect ? Browser.RedirectTarget(response) : null;
            if (target is null || !target.StartsWith("/login?ReturnUrl=", StringComparison.Ordinal))
            {
                wrong.Add($"{endpoint} -> {(int)response.StatusCode} {target}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// What each role gets on each GET page, written from what the roles are for (the site's
    /// default grants), not asked of the permission checker under test. Columns: Author (tacgia),
    /// Reviewer (nguoiduyet), Editor (bientap), Administrator (admin), a user without any role.
    /// Addresses use real ids, resolved once: {item} an Administrator's News draft, {version} its
    /// version, {user} the Author's account, {media} an uploaded image.
    /// </summary>
    private static readonly IReadOnlyList<ExpectedRoute> Table =
    [
        new("/admin", "/admin", Ok, Ok, Ok, Ok, No),
        new("/admin/audit", "/admin/audit", No, No, No, Ok, No),
        new("/admin/committee/document-number", "/admin/committee/document-number?number=45-NQ%2F%C4%90U&type=Ngh%E1%BB%8B+quy%E1%BA%BFt", Ok, No, Ok, Ok, No),
        new("/admin/committee/official-titles", "/admin/committee/official-titles?date=2023-06-28", Ok, No, Ok, Ok, No),
        new("/admin/content-types", "/admin/content-types", No, No, No, Ok, No),
        new("/admin/content-types/export", "/admin/content-types/export", No, No, No, Ok, No),
        new("/admin/content-types/new", "/admin/content-types/new", No, No, No, Ok, No),
        new("/admin/content-types/{name}", "/admin/content-types/News", No, No, No, Ok, No),
        new("/admin/content-types/{name}/delete", "/admin/content-types/News/delete", No, No, No, Ok, No),
        new("/admin/content-types/{name}/fields/new", "/admin/content-types/News/fields/new", No, No, No, Ok, No),
        new("/admin/content-types/{name}/fields/{field}", "/admin/content-types/News/fields/{field}", No, No, No, Ok, No),
        new("/admin/content-types/{name}/fields/{field}/remove", "/admin/content-types/News/fields/{field}/remove", No, No, No, Ok, No),
        new("/admin/content-types/{name}/parts/{part}", "/admin/content-types/News/parts/TitlePart", No, No, No, Ok, No),
        new("/admin/content-types/{name}/parts/{part}/remove", "/admin/content-types/News/parts/TitlePart/remove", No, No, No, Ok, No),
        new("/admin/contents", "/admin/contents", Ok, Ok, Ok, Ok, No),
        new("/admin/contents/new/{contentType}", "/admin/contents/new/News", Ok, No, Ok, Ok, No),
        // {item} is the Administrator's draft: an Author may edit only their own, a Reviewer may preview and review it.
        new("/admin/contents/{contentItemId}/edit", "/admin/contents/{item}/edit", No, No, Ok, Ok, No),
        new("/admin/contents/{contentItemId}/preview", "/admin/contents/{item}/preview", No, Ok, Ok, Ok, No),
        new("/admin/contents/{contentItemId}/review", "/admin/contents/{item}/review", No, Ok, Ok, Ok, No),
        // A version's history is for those who may edit the item: reviewing does not open it.
        new("/admin/contents/{contentItemId}/versions", "/admin/contents/{item}/versions", No, No, Ok, Ok, No),
        new("/admin/contents/{contentItemId}/versions/compare", "/admin/contents/{item}/versions/compare?from={version}&to={version}", No, No, Ok, Ok, No),
        new("/admin/contents/{contentItemId}/versions/{versionId}", "/admin/contents/{item}/versions/{version}", No, No, Ok, Ok, No),
        new("/admin/media", "/admin/media", Ok, No, Ok, Ok, No),
        // An Author uploads and edits their own images; this one is the Administrator's.
        new("/admin/media/edit", "/admin/media/edit?path={media}", No, No, Ok, Ok, No),
        new("/admin/media/picker", "/admin/media/picker", Ok, No, Ok, Ok, No),
        new("/admin/roles", "/admin/roles", No, No, No, Ok, No),
        new("/admin/roles/new", "/admin/roles/new", No, No, No, Ok, No),
        new("/admin/roles/{name}", "/admin/roles/Editor", No, No, No, Ok, No),
        new("/admin/roles/{name}/delete", "/admin/roles/Editor/delete", No, No, No, Ok, No),
        new("/admin/settings", "/admin/settings", No, No, No, Ok, No),
        new("/admin/users", "/admin/users", No, No, No, Ok, No),
        new("/admin/users/new", "/admin/users/new", No, No, No, Ok, No),
        new("/admin/users/{userId}", "/admin/users/{user}", No, No, No, Ok, No),
        new("/admin/users/{userId}/delete", "/admin/users/{user}/delete", No, No, No, Ok, No),
        new("/admin/users/{userId}/password", "/admin/users/{user}/password", No, No, No, Ok, No),
    ];

    private const int Ok = 200;
    private const int No = 403;

    /// <summary>One GET page and the status each role gets on it.</summary>
    private sealed record ExpectedRoute(string Pattern, string Address, int Author, int Reviewer, int Editor, int Administrator, int NoRole)
    {
        public int For(string userName) => userName switch
        {
            "tacgia" => Author,
            "nguoiduyet" => Reviewer,
            "bientap" => Editor,
            "admin" => Administrator,
            SecuritySite.NoRole => NoRole,
            _ => throw new ArgumentOutOfRangeException(nameof(userName), userName, null),
        };
    }

    [Fact]
    public void Every_discovered_GET_route_has_its_expected_answers_in_the_table()
    {
        var known = Table.Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);
        var missing = Endpoints.Where(e => e.Method == "GET" && !known.Contains(e.Pattern)).Select(e => e.Pattern).ToList();
        Assert.True(missing.Count == 0,
            "GET routes missing from RouteMatrixTests.Table: add a line per route with a real address and the status of each role, e.g.\n"
            + string.Join("\n", missing.Select(p => $"new(\"{p}\", \"{p}\", No, No, No, Ok, No),")));
        var stale = known.Except(Endpoints.Where(e => e.Method == "GET").Select(e => e.Pattern)).ToList();
        Assert.True(stale.Count == 0, "RouteMatrixTests.Table lists routes the host no longer serves: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData("tacgia")]
    [InlineData("nguoiduyet")]
    [InlineData("bientap")]
    [InlineData("admin")]
    [InlineData(SecuritySite.NoRole)]
    public async Task Each_role_gets_the_answer_the_table_gives_on_every_admin_page(string userName)
    {
        var ids = await RealIdsAsync();
        var client = site.Client(userName);
        var wrong = new List<string>();
        foreach (var route in Table)
        {
            var url = ids.Aggregate(route.Address, (address, id) => address.Replace("{" + id.Key + "}", Uri.EscapeDataString(id.Value), StringComparison.Ordinal));
            using var response = await client.Client.GetAsync(url);
            if ((int)response.StatusCode != route.For(userName))
            {
                wrong.Add($"GET {url} as {userName}: expected {route.For(userName)}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("bientap")]
    [InlineData("admin")]
    public async Task Ids_that_match_nothing_answer_404_never_a_page_or_an_error(string userName)
    {
        var client = site.Client(userName);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => e.Method == "GET" && e.HasParameters && Table.Single(r => r.Pattern == e.Pattern).For(userName) == Ok))
        {
            using var response = await client.Client.GetAsync(endpoint.Url(Missing));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                wrong.Add($"GET {endpoint.Url(Missing)} as {userName}: expected 404, got {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Real ids for the addresses in <see cref="Table"/> (a new draft and image for each test).</summary>
    private async Task<Dictionary<string, string>> RealIdsAsync()
    {
        var (created, _) = await site.Client("admin").SubmitAsync("/admin/contents/new/News", "form.content-edit", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Tin để thử ma trận quyền",
            ["News.Lead.Text"] = "Sapô.",
            ["HtmlBodyPart.Html"] = "<p>Nội dung.</p>",
        }, "submitAction", "save");
        var item = Browser.RedirectTarget(created)!.Split('/')[3];
        return await site.Site.InScopeAsync(async services =>
        {
            var version = await services.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>()
                .Where(i => i.ContentItemId == item).Select(i => i.ContentItemVersionId).FirstAsync();
            var author = await services.GetRequiredService<UserManager<User>>().FindByNameAsync("tacgia");
            var news = await services.GetRequiredService<IContentDefinitionManager>().GetPartAsync("News");
            await using var png = new MemoryStream(Convert.FromBase64String(OnePixelPng));
            var upload = await services.GetRequiredService<MediaLibrary>().UploadAsync(new MediaUpload("", "ma-tran.png", png, "Ảnh thử ma trận quyền", "admin"));
            Assert.True(upload.Succeeded, upload.Error);
            return new Dictionary<string, string>
            {
                ["item"] = item,
                ["version"] = version,
                ["user"] = author!.UserId,
                ["field"] = news!.Fields.First().Name,
                ["media"] = upload.Item!.Path,
            };
        });
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
}
