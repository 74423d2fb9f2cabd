using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Media.Models;
using SaRaiCms.Media.Services;
using SaRaiCms.Testing;

namespace SaRaiCms.Media.Tests;

/// <summary>One host per test class (an empty site), with helpers to upload as a browser does.</summary>
public class MediaSite : IAsyncLifetime
{
    public MediaSite()
        : this(TestStore.Default)
    {
    }

    protected MediaSite(StoreProvider provider, long? maxFileBytes = null)
    {
        Site = new SiteFactory(provider, setupRecipe: "");
        if (maxFileBytes is { } limit)
        {
            Site.With("SaRaiCms:Media:MaxFileBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public SiteFactory Site { get; }

    public string MediaRoot { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _ = Site.Server;
        MediaRoot = await Site.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<MediaFileStore>().Root));
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public Task<Browser> SignedInAsync(string userName = "admin", string password = SiteFactory.AdminPassword)
        => Browser.SignedInAsync(Site, userName, password);

    public Task CreateUserAsync(string userName, string password, params string[] roles) => Site.CreateUserAsync(userName, password, roles);

    /// <summary>Every file under the media folder (temp files included), relative, sorted.</summary>
    public IReadOnlyList<string> Files()
        => Directory.Exists(MediaRoot)
            ? Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(MediaRoot, f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public Task<MediaItem?> ItemAsync(string path)
        => Site.InScopeAsync(sp => sp.GetRequiredService<MediaLibrary>().GetAsync(path));

    /// <summary>Opens the library page (of a folder), then posts its upload form as multipart with the page's antiforgery token.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(Browser browser, string fileName, byte[] content, string? altText = null, string folder = "", string contentType = "application/octet-stream")
    {
        var (pageResponse, page) = await browser.GetAsync("/admin/media" + (folder.Length > 0 ? "?folder=" + Uri.EscapeDataString(folder) : ""));
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        var form = page.QuerySelector<IHtmlFormElement>("form.media-upload") ?? throw new InvalidOperationException("No upload form.");
        using var body = new MultipartFormDataContent();
        foreach (var (key, value) in Browser.Fields(form).Where(f => f.Key != "altText"))
        {
            body.Add(new StringContent(value), key);
        }

        body.Add(new StringContent(altText ?? ""), "altText");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        // The file name goes in as given (no escaping of "../"), as a hostile client would send it.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName + "\"" };
        body.Add(file);

        var response = await browser.Client.PostAsync(form.GetAttribute("action"), body);
        return (response, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Uploads and follows the redirect to the stored item (the newest in its folder).</summary>
    public async Task<MediaItem> UploadOkAsync(Browser browser, string fileName, byte[] content, string? altText = null, string folder = "")
    {
        var (response, page) = await UploadAsync(browser, fileName, content, altText, folder);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Upload of {fileName} refused: {page.QuerySelector(".field-error")?.TextContent}");
        var (_, list) = await browser.GetAsync(Browser.RedirectTarget(response)!);
        var path = list.QuerySelector("table.media-list tbody tr")?.GetAttribute("data-path") ?? throw new InvalidOperationException("The uploaded file is not listed.");
        return (await ItemAsync(path))!;
    }
}
