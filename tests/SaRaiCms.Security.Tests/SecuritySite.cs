using SaRaiCms.Testing;

namespace SaRaiCms.Security.Tests;

/// <summary>
/// The Sa Rài site with one signed-in client per standard role, one for a user without any
/// role and one anonymous client, shared by a test class.
/// </summary>
public sealed class SecuritySite : IAsyncLifetime
{
    public const string Password = "Security-Passw0rd";
    public const string Anonymous = "(anonymous)";
    public const string NoRole = "khongvaitro";

    /// <summary>User name per role; "admin" is the site's first administrator.</summary>
    public static readonly IReadOnlyDictionary<string, string> UserByRole = new Dictionary<string, string>
    {
        [StandardRoles.Author] = "tacgia",
        [StandardRoles.Reviewer] = "nguoiduyet",
        [StandardRoles.Editor] = "bientap",
        [StandardRoles.Administrator] = "admin",
    };

    private readonly Dictionary<string, Browser> _clients = new();

    public SiteFactory Site { get; } = new(setupRecipe: "sarai");

    public async Task InitializeAsync()
    {
        foreach (var (role, user) in UserByRole.Where(u => u.Key != StandardRoles.Administrator))
        {
            await Site.CreateUserAsync(user, Password, role);
        }

        await Site.CreateUserAsync(NoRole, Password);
        _clients[Anonymous] = new Browser(Site);
        foreach (var user in UserByRole.Values.Append(NoRole))
        {
            _clients[user] = await Browser.SignedInAsync(Site, user, user == "admin" ? SiteFactory.AdminPassword : Password);
        }
    }

    /// <summary>The signed-in client of <paramref name="userName"/>, or the anonymous one for <see cref="Anonymous"/>.</summary>
    public Browser Client(string userName) => _clients[userName];

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Site.DisposeAsync();
    }
}
