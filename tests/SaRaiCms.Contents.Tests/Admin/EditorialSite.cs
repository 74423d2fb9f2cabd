using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Security;
using SaRaiCms.Store;
using SaRaiCms.Testing;

namespace SaRaiCms.Contents.Tests.Admin;

/// <summary>The Sa Rài site with one user per standard role (and a second author), shared by a test class.</summary>
public sealed class EditorialSite : IAsyncLifetime
{
    public const string Password = "Editor-Passw0rd";

    public SiteFactory Site { get; } = new(setupRecipe: "sarai");

    public async Task InitializeAsync()
    {
        await Site.CreateUserAsync("tacgia", Password, StandardRoles.Author);
        await Site.CreateUserAsync("tacgia2", Password, StandardRoles.Author);
        await Site.CreateUserAsync("nguoiduyet", Password, StandardRoles.Reviewer);
        await Site.CreateUserAsync("bientap", Password, StandardRoles.Editor);
    }

    public Task<Browser> SignInAsync(string userName)
        => Browser.SignedInAsync(Site, userName, userName == "admin" ? SiteFactory.AdminPassword : Password);

    public Task<ContentItem?> LatestAsync(string contentItemId)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest));

    public Task<ContentItem?> PublishedAsync(string contentItemId)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Published));

    public Task<int> CountAsync(string contentType)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().CountAsync(i => i.ContentType == contentType && i.Latest));

    /// <summary>The fields a new news item needs to be valid.</summary>
    public static Dictionary<string, string> NewsFields(string title, string body = "<p>Nội dung bài viết.</p>") => new()
    {
        ["TitlePart.Title"] = title,
        ["News.Lead.Text"] = "Sapô của bài viết.",
        ["HtmlBodyPart.Html"] = body,
    };

    /// <summary>Creates a news item through the admin form and returns its id (from the redirect to its editor).</summary>
    public static async Task<string> CreateNewsAsync(Browser browser, string title, string submitAction = "save", string body = "<p>Nội dung bài viết.</p>")
    {
        var (response, page) = await browser.SubmitAsync("/admin/contents/new/News", "form.content-edit", NewsFields(title, body), "submitAction", submitAction);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Create failed: {(int)response.StatusCode} {page.QuerySelector(".validation-summary")?.TextContent}");
        }

        var target = Browser.RedirectTarget(response)!;
        return target.Split('/')[3];
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
