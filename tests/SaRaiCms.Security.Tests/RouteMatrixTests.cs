using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Testing;

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

    /// <summary>
    /// Lookups whose action checks more than the policy (may the user create meetings or
    /// documents?): a role the policy lets in may still be refused there.
    /// </summary>
    private static readonly HashSet<string> CheckedAgainInTheAction = ["/admin/committee/official-titles", "/admin/committee/document-number"];

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

    [Theory]
    [InlineData("tacgia")]
    [InlineData("nguoiduyet")]
    [InlineData("bientap")]
    [InlineData("admin")]
    [InlineData(SecuritySite.NoRole)]
    public async Task Each_role_gets_what_its_permissions_allow_on_every_admin_page(string userName)
    {
        var roles = SecuritySite.UserByRole.Where(r => r.Value == userName).Select(r => r.Key).ToArray();
        var client = site.Client(userName);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => e.Method == "GET"))
        {
            var allowed = await AllowedAsync(roles, endpoint.Permissions);
            using var response = await client.Client.GetAsync(endpoint.Url(Missing));
            var status = response.StatusCode;
            var ok = !allowed
                ? status == HttpStatusCode.Forbidden
                : endpoint.HasParameters || CheckedAgainInTheAction.Contains(endpoint.Pattern)
                    // Nothing has these ids: "not found" or "not yours", never a page, an error or a redirect.
                    ? status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest or HttpStatusCode.OK
                    // A page that needs a query value (which file, which date) may say it is missing or unknown.
                    : status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound;
            if (!ok)
            {
                wrong.Add($"{endpoint} as {userName}: expected {(allowed ? endpoint.HasParameters ? "404/403" : "200" : "403")}, got {(int)status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>What the permission checker says for a user with exactly these roles (the site's default grants).</summary>
    private Task<bool> AllowedAsync(string[] roles, IReadOnlyList<string> permissions)
        => site.Site.InScopeAsync(async services =>
        {
            var declared = services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).ToDictionary(p => p.Name);
            var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "matrix"));
            var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "matrix"));
            var checker = services.GetRequiredService<IPermissionChecker>();
            foreach (var name in permissions)
            {
                if (!await checker.HasAsync(user, declared[name]))
                {
                    return false;
                }
            }

            return true;
        });
}
