using Microsoft.AspNetCore.Mvc.Testing;

namespace SaRaiCms.Committee.Tests.Site.Infrastructure;

/// <summary>
/// A Sa Rài site of a test's own (the setup and test recipes run) with the output cache off:
/// every request renders, so a test that changes content sees what the store and its read
/// cache give on the next request.
/// </summary>
public sealed class UncachedSaraiSite : IAsyncLifetime
{
    public SiteFactory Factory { get; } = new SiteFactory(setupRecipe: "sarai").With("SaRaiCms:OutputCache:Enabled", "false");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SaraiSite.RunTestRecipeAsync(Factory);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public Task<Page> GetAsync(string path) => SaraiSite.GetAsync(Client, path);
}
