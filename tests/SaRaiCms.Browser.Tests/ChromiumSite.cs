using Microsoft.Playwright;
using SaRaiCms.Security;
using SaRaiCms.Testing;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// The Sa Rài site served by Kestrel on 127.0.0.1 and Debian's chromium driven by Playwright,
/// shared by every browser test (one host, one browser; each test opens its own context).
/// </summary>
public sealed class ChromiumSite : IAsyncLifetime
{
    public const string Password = "Browser-Passw0rd";
    public const string Editor = "bientap";

    /// <summary>Headless and quiet: no GPU, no network calls of the browser's own, no first-run pages.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly Dictionary<string, string> _signedIn = new();
    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    public SiteFactory Site { get; } = new(setupRecipe: "sarai");

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Chromium => _chromium ?? throw new InvalidOperationException("Chromium has not started.");

    /// <summary>
    /// The chromium binary: SARAICMS_CHROMIUM (scripts/test sets it) or /usr/bin/chromium. Missing
    /// chromium fails every browser test with this message; Playwright never downloads a browser.
    /// </summary>
    public static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("SARAICMS_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium was not found at {path}. The browser tests need Debian's chromium: run them with scripts/test "
                + "(which installs it with apt-get) or `apt-get install chromium`, or set SARAICMS_CHROMIUM to its path.");
    }

    public async Task InitializeAsync()
    {
        var executable = ChromiumPath();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        BaseUrl = Site.StartOnLoopback();
        await Site.CreateUserAsync(Editor, Password, StandardRoles.Editor);
        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own cookies) with one page; <paramref name="bypassCsp"/> switches the page's Content-Security-Policy off.</summary>
    public Task<BrowserTab> OpenAsync(int width = 1280, int height = 900, bool bypassCsp = false)
        => OpenAsync(width, height, bypassCsp, storageState: null);

    private async Task<BrowserTab> OpenAsync(int width, int height, bool bypassCsp, string? storageState)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            BypassCSP = bypassCsp,
            StorageState = storageState,
        });
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>
    /// A tab signed in as <paramref name="userName"/> ("admin" or <see cref="Editor"/>): through the
    /// login form the first time, then with that sign-in's cookies (tests run one at a time in the collection).
    /// </summary>
    public async Task<BrowserTab> SignedInAsync(string userName, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        if (_signedIn.TryGetValue(userName, out var state))
        {
            return await OpenAsync(width, height, bypassCsp, state);
        }

        var tab = await OpenAsync(width, height, bypassCsp);
        var page = tab.Page;
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", userName == "admin" ? SiteFactory.AdminPassword : Password);
        await page.NavigateByAsync(() => page.ClickAsync("form[action='/login'] button[type=submit]"));
        if (!new Uri(page.Url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {userName} ended on {page.Url}.");
        }

        _signedIn[userName] = await tab.Context.StorageStateAsync();
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.CloseAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>One page in its own browser context; disposing closes both.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

public static class PageNavigation
{
    /// <summary>Runs <paramref name="action"/> (a click, Enter) and waits until the page has gone to another address and loaded.</summary>
    public static async Task NavigateByAsync(this IPage page, Func<Task> action)
    {
        var before = page.Url;
        await action();
        await page.WaitForURLAsync(url => url != before);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumSite>
{
    public const string Name = "Chromium";
}

/// <summary>Where test artefacts go: TestResults/ at the repository root (git-ignored; scripts/test empties it first).</summary>
public static class Artefacts
{
    public static string Directory(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SaRaiCms.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
