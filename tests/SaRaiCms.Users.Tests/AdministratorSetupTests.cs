using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Setup;

namespace SaRaiCms.Users.Tests;

/// <summary>The first administrator and the default roles, made once when a site is set up.</summary>
public sealed class AdministratorSetupTests
{
    public static TheoryData<StoreProvider> Providers => new() { StoreProvider.Sqlite, StoreProvider.Postgres };

    private static readonly Regex GeneratedPasswordLine = new(@"^Tài khoản quản trị: admin / mật khẩu: (\S+)  \(chỉ hiển thị một lần", RegexOptions.CultureInvariant);

    private static string TestRecipe(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name + ".recipe.json");

    private static Task<int> CountUsersAsync(SiteFactory site)
        => site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().Query<UserIndex>().CountAsync());

    private static IReadOnlyList<string> GeneratedPasswordsLogged(SiteFactory site)
        => site.Log
            .Where(e => e.Category == typeof(SiteInitializer).FullName && e.Level == LogLevel.Warning)
            .Select(e => GeneratedPasswordLine.Match(e.Message))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Configured_password_makes_an_administrator_who_owns_the_setup_content(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider, setupRecipe: TestRecipe("owned-content"));
        _ = site.Server;

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var admin = await users.FindByNameAsync("admin");
            Assert.NotNull(admin);
            Assert.True(await users.CheckPasswordAsync(admin, SiteFactory.AdminPassword));
            Assert.False(await users.CheckPasswordAsync(admin, "Wrong-Passw0rd!"));
            Assert.True(await users.IsInRoleAsync(admin, DefaultRoles.Administrator));
            Assert.Equal("admin@localhost", admin.Email);
            Assert.True(admin.IsEnabled);
            Assert.True(admin.LockoutEnabled);
            Assert.Matches("^[0-9a-z]{26}$", admin.UserId);
            Assert.StartsWith("AQAAAA", admin.PasswordHash); // Identity's v3 hash format, not the password.

            // The setup recipe's content names the administrator's id as its owner.
            var owned = await sp.GetRequiredService<IDocumentSession>().Query<ContentItemIndex>().CountAsync(i => i.Owner == admin.UserId);
            Assert.True(owned > 0, "the setup recipe's content should belong to the administrator");
        });

        Assert.Empty(GeneratedPasswordsLogged(site));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Default_roles_are_seeded_with_Vietnamese_descriptions(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider);
        _ = site.Server;

        var document = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<RolesDocument>());
        Assert.NotNull(document);
        Assert.Equal(["Administrator", "Editor", "Reviewer", "Author"], document.Roles.Select(r => r.Name));
        Assert.Equal(DefaultRoles.All.Select(r => r.Description), document.Roles.Select(r => r.Description));
        Assert.StartsWith("Quản trị viên", document.Roles[0].Description);
    }

    [Fact]
    public async Task Roles_the_setup_recipe_made_are_kept()
    {
        await using var site = new SiteFactory(setupRecipe: TestRecipe("roles"));
        _ = site.Server;

        var document = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<RolesDocument>());
        var editor = Assert.Single(document!.Roles, r => r.Name == "Editor");
        Assert.Equal("Biên tập (từ công thức)", editor.Description);
        Assert.Equal(["PublishContent"], editor.Permissions);
        var reviewer = Assert.Single(document.Roles, r => r.Name == "Reviewer");
        Assert.Equal(DefaultRoles.All.Single(r => r.Name == "Reviewer").Description, reviewer.Description);
        Assert.Equal(["ViewContent"], reviewer.Permissions);
        Assert.Equal(4, document.Roles.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_a_configured_password_one_is_generated_and_reported_once(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider).With("SaRaiCms:Admin:Password", "");
        _ = site.Server;

        var password = Assert.Single(GeneratedPasswordsLogged(site));
        Assert.True(password.Length >= 20, $"generated password is {password.Length} characters");
        Assert.Contains(password, char.IsDigit);
        Assert.Contains(password, char.IsUpper);
        Assert.Contains(password, char.IsLower);

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var admin = await users.FindByNameAsync("admin");
            Assert.NotNull(admin);
            Assert.True(await users.CheckPasswordAsync(admin, password));
            foreach (var validator in users.PasswordValidators)
            {
                Assert.True((await validator.ValidateAsync(users, admin, password)).Succeeded);
            }
        });

        // Initializing the running site again finds it set up: nothing more to report.
        Assert.Empty(await site.Services.GetRequiredService<SiteInitializer>().InitializeAsync());

        // Started again: setup does not run again, so no second administrator and no second password line.
        await using var again = site.Restart().With("SaRaiCms:Admin:Password", "");
        _ = again.Server;
        Assert.Empty(GeneratedPasswordsLogged(again));
        Assert.Equal(1, await CountUsersAsync(again));
        await again.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("admin"))!, password));
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Second_start_does_not_make_a_second_administrator(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider);
        _ = site.Server;
        var firstId = await site.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<User>>().FindByNameAsync("admin"))!.UserId);

        // Even with another administrator name configured, the site is set up already.
        await using var again = site.Restart().With("SaRaiCms:Admin:UserName", "admin2");
        _ = again.Server;

        Assert.Equal(1, await CountUsersAsync(again));
        await again.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.Null(await users.FindByNameAsync("admin2"));
            Assert.Equal(firstId, (await users.FindByNameAsync("admin"))!.UserId);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_weak_configured_password_fails_setup_and_leaves_no_administrator(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider).With("SaRaiCms:Admin:Password", "short1A");

        var error = Assert.ThrowsAny<Exception>(() => site.Server);
        var failure = Flatten(error).OfType<InvalidOperationException>().FirstOrDefault(e => e.Message.Contains("SaRaiCms:Admin:Password", StringComparison.Ordinal));
        Assert.True(failure is not null, $"expected a clear setup error, got: {error}");
        Assert.Contains("password policy", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at least 10", failure.Message, StringComparison.Ordinal);

        // The setup transaction was rolled back: the next start sets the site up from scratch,
        // and the administrator it makes has the (now valid) configured password.
        await using var again = site.Restart();
        _ = again.Server;
        Assert.Equal(1, await CountUsersAsync(again));
        await again.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var admin = await users.FindByNameAsync("admin");
            Assert.NotNull(admin);
            Assert.True(await users.CheckPasswordAsync(admin, SiteFactory.AdminPassword));
        });
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
