using SaRaiCms.Testing;

namespace SaRaiCms.Security.Tests;

/// <summary>Behind a TLS-terminating proxy on the same machine the site sees HTTPS, so its cookies are Secure.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(setupRecipe: "");
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _site.StartOnLoopback() };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_request_forwarded_as_https_by_a_loopback_proxy_gets_secure_cookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await _client.SendAsync(request);
        Assert.Contains("secure", ResponseHeaderTests.Cookie(response, ".AspNetCore.Antiforgery."));
    }

    [Fact]
    public async Task A_plain_request_from_the_same_machine_is_not_https()
    {
        using var response = await _client.GetAsync("/login");
        Assert.DoesNotContain("secure", ResponseHeaderTests.Cookie(response, ".AspNetCore.Antiforgery."));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }
}
