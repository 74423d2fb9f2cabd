using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SaRaiCms.AuditTrail.Indexes;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.Recipes;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;

namespace SaRaiCms.AuditTrail.Tests;

/// <summary>One empty site with an "Article" type and an editor, shared by a test class; each test uses its own names and items.</summary>
public sealed class AuditSite : IAsyncLifetime
{
    public const string Password = "Bien-tap-Passw0rd!";
    public const string Editor = "bientap";

    private const string Recipe = """
        {
          "name": "audit-test",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "Article",
                  "DisplayName": "Bài viết",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart" },
                    { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" }
                  ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary>
    /// The site's clock: mid-morning in Vietnam on a fixed day, so "today" never changes while the
    /// tests run, whatever the hour; it moves a millisecond per reading so events keep their order.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 6, 28, 3, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public SiteFactory Site { get; }

    public AuditSite() => Site = new SiteFactory().WithClock(Clock);

    public async Task InitializeAsync()
    {
        await RunRecipeAsync(Recipe);
        await Site.CreateUserAsync(Editor, Password, "Editor");
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public Task RunRecipeAsync(string json)
        => Site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, new Dictionary<string, string>()));

    /// <summary>Events matching <paramref name="where"/>, oldest first.</summary>
    public Task<List<AuditEvent>> EventsAsync(Func<IQueryable<AuditEventIndex>, IQueryable<AuditEventIndex>>? where = null)
        => Site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            var query = session.Query<AuditEventIndex>();
            query = where is null ? query : where(query);
            return (await session.ListAsync<AuditEvent, AuditEventIndex>(query.OrderBy(i => i.Id))).ToList();
        });

    public Task<int> CountAsync() => Site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<AuditEventIndex>().CountAsync());

    /// <summary>Runs <paramref name="action"/> in a scope whose request is signed in as <paramref name="userName"/>, as an admin page's would be.</summary>
    public Task AsUserAsync(string userName, Func<IServiceProvider, Task> action)
        => Site.InScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName), new Claim(ClaimTypes.NameIdentifier, user.UserId)], "Test");
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = sp };
            try
            {
                await action(sp);
            }
            finally
            {
                sp.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
            }
        });
}
