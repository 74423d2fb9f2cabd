using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Recipes;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Contents.Tests.Versions;

/// <summary>
/// One empty site with a draftable "Article" type (title and HTML body) and two authors; tests
/// each make their own items, so they share the host.
/// </summary>
public abstract class VersionsSite(StoreProvider provider) : IAsyncLifetime
{
    public const string Password = "Tac-gia-Passw0rd!";
    public const string Author1 = "tacgia1";
    public const string Author2 = "tacgia2";

    private const string Recipe = """
        {
          "name": "versions-test",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "Article",
                  "DisplayName": "Bài viết",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0", "DisplayName": "Tiêu đề" } } },
                    { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "1", "DisplayName": "Nội dung bài" } } }
                  ]
                }
              ]
            }
          ]
        }
        """;

    public SiteFactory Site { get; } = new(provider);

    public async Task InitializeAsync()
    {
        await Site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Recipe, new Dictionary<string, string>()));
        await Site.CreateUserAsync(Author1, Password, "Author");
        await Site.CreateUserAsync(Author2, Password, "Author");
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    /// <summary>Creates and publishes an article owned by <paramref name="owner"/>, then saves each of <paramref name="laterBodies"/> as a new draft version.</summary>
    public Task<string> CreateArticleAsync(string owner, string title, string body, params string[] laterBodies)
        => Site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var user = await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(owner) ?? throw new InvalidOperationException(owner);
            var item = await contents.NewAsync("Article");
            item.Owner = user.UserId;
            item.Author = owner;
            item.Alter<TitlePart>(p => p.Title = title);
            item.Alter<HtmlBodyPart>(p => p.Html = body);
            await contents.CreateAsync(item, VersionOptions.Published);
            await contents.SaveChangesAsync();

            foreach (var later in laterBodies)
            {
                var draft = await contents.GetAsync(item.ContentItemId, VersionOptions.DraftRequired) ?? throw new InvalidOperationException("no draft");
                draft.Alter<HtmlBodyPart>(p => p.Html = later);
                Assert.True((await contents.UpdateAsync(draft)).Succeeded);
                await contents.SaveChangesAsync();
            }

            return item.ContentItemId;
        });

    public Task<IReadOnlyList<ContentItem>> VersionsAsync(string contentItemId)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionsAsync(contentItemId));
}

/// <summary>On the database of the run (SQLite, or PostgreSQL in scripts/test's second pass).</summary>
public sealed class TestStoreVersionsSite() : VersionsSite(TestStore.Default);

public sealed class PostgresVersionsSite() : VersionsSite(StoreProvider.Postgres);
