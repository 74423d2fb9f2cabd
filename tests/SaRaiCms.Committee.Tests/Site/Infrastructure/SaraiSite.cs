using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Recipes;

namespace SaRaiCms.Committee.Tests.Site.Infrastructure;

/// <summary>
/// One Sa Rài site (the "sarai" setup recipe) plus the test-only recipe TestData/site-tests.recipe.json
/// (officials whose given names start with Đ, Ă, Â, Ư and two with the same given name; a task list
/// with every status), shared by the tests of the collection.
/// </summary>
public sealed class SaraiSite : IAsyncLifetime
{
    public const string NewsId = "news-so-ket-6-thang-2023";
    public const string NewsPath = "/tin-tuc/dang-bo-thi-tran-sa-rai-so-ket-6-thang-dau-nam-2023";

    public static readonly IReadOnlyDictionary<string, string> RecipeParameters = new Dictionary<string, string>
    {
        ["AdminUserId"] = "4admin0000000000000000000a",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Default",
    };

    public SiteFactory Factory { get; } = new(setupRecipe: "sarai");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await RunTestRecipeAsync(Factory);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public static async Task RunTestRecipeAsync(SiteFactory factory)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "site-tests.recipe.json"));
        await factory.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, RecipeParameters));
    }

    public Task<Page> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) => GetAsync(Client, path, expected);

    /// <summary>Requests a page, checks its status and parses it with AngleSharp's HTML5 parser, keeping the parse errors.</summary>
    public static async Task<Page> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}.\n{html[..Math.Min(html.Length, 3000)]}");
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString() ?? "");
        var document = await parser.ParseDocumentAsync(html);
        return new Page(path, html, document, errors, response);
    }
}

public sealed record Page(string Path, string Html, IDocument Document, IReadOnlyList<string> ParseErrors, HttpResponseMessage Response)
{
    /// <summary>The text of the first match, with runs of white space as one space.</summary>
    public string Text(string selector)
        => Squash((Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{Path}: nothing matches {selector}.")).TextContent);

    public IReadOnlyList<string> Texts(string selector) => Document.QuerySelectorAll(selector).Select(e => Squash(e.TextContent)).ToList();

    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

[CollectionDefinition(Name)]
public sealed class SaraiSiteCollection : ICollectionFixture<SaraiSite>
{
    public const string Name = "Sa Rài public site";
}
