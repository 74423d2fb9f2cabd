using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using SaRaiCms.Users.Setup;

namespace SaRaiCms.Users.Tests;

/// <summary>Identity's UserManager and RoleManager over the document store, on SQLite and on PostgreSQL.</summary>
public sealed class UserStoreTests
{
    public static TheoryData<StoreProvider> Providers => new() { StoreProvider.Sqlite, StoreProvider.Postgres };

    private const string Password = "Mat-khau-2024";

    private static SiteFactory Start(StoreProvider provider)
    {
        var site = new SiteFactory(provider);
        _ = site.Server;
        return site;
    }

    private static Task<User> CreateUserAsync(SiteFactory site, string userName, string? email = null, params string[] roles)
        => site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserId = sp.GetRequiredService<IIdGenerator>().GenerateUniqueId(), UserName = userName, Email = email };
            AssertSucceeded(await users.CreateAsync(user, Password));
            if (roles.Length > 0)
            {
                AssertSucceeded(await users.AddToRolesAsync(user, roles));
            }

            return user;
        });

    private static void AssertSucceeded(IdentityResult result)
        => Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_created_user_is_found_by_id_name_and_email_with_its_index_row(StoreProvider provider)
    {
        await using var site = Start(provider);
        var created = await CreateUserAsync(site, "Nguyen.Van.An", "An.Nguyen@SaRai.gov.vn", DefaultRoles.Editor);

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var byName = await users.FindByNameAsync("nguyen.van.an");
            Assert.NotNull(byName);
            Assert.Equal(created.UserId, byName.UserId);
            Assert.Equal("Nguyen.Van.An", byName.UserName);
            Assert.Equal("NGUYEN.VAN.AN", byName.NormalizedUserName);
            Assert.Same(byName, await users.FindByIdAsync(created.UserId));
            Assert.Same(byName, await users.FindByEmailAsync("an.nguyen@sarai.gov.vn"));
            Assert.NotNull(byName.SecurityStamp);
            Assert.NotEqual(default, byName.CreatedUtc);
            Assert.True(await users.CheckPasswordAsync(byName, Password));
            Assert.Equal([DefaultRoles.Editor], await users.GetRolesAsync(byName));

            var row = Assert.Single(await sp.GetRequiredService<IDocumentSession>().Query<UserIndex>().Where(i => i.UserId == created.UserId).ToListAsync());
            Assert.Equal("NGUYEN.VAN.AN", row.NormalizedUserName);
            Assert.Equal("AN.NGUYEN@SARAI.GOV.VN", row.NormalizedEmail);
            Assert.True(row.IsEnabled);

            Assert.Null(await users.FindByNameAsync("nobody"));
            Assert.Null(await users.FindByIdAsync("00000000000000000000000000"));
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task User_names_are_unique_ignoring_case(StoreProvider provider)
    {
        await using var site = Start(provider);
        await CreateUserAsync(site, "bientap");

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<UserManager<User>>().CreateAsync(
            new User { UserId = sp.GetRequiredService<IIdGenerator>().GenerateUniqueId(), UserName = "BienTap" }, Password));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "DuplicateUserName");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Updates_rename_change_password_and_rewrite_the_index(StoreProvider provider)
    {
        await using var site = Start(provider);
        var created = await CreateUserAsync(site, "tacgia", "tacgia@example.vn");

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(created.UserId))!;
            var stamp = user.SecurityStamp;
            AssertSucceeded(await users.SetUserNameAsync(user, "tacgia2"));
            AssertSucceeded(await users.ChangePasswordAsync(user, Password, "Mat-khau-moi-2025"));
            Assert.NotEqual(stamp, user.SecurityStamp);
        });

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.Null(await users.FindByNameAsync("tacgia"));
            var user = await users.FindByNameAsync("tacgia2");
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, "Mat-khau-moi-2025"));
            Assert.Single(await sp.GetRequiredService<IDocumentSession>().Query<UserIndex>().Where(i => i.UserId == created.UserId).ToListAsync());

            AssertSucceeded(await users.DeleteAsync(user));
        });

        await site.InScopeAsync(async sp =>
        {
            Assert.Null(await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(created.UserId));
            Assert.Empty(await sp.GetRequiredService<IDocumentSession>().Query<UserIndex>().Where(i => i.UserId == created.UserId).ToListAsync());
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_updates_from_the_same_version_the_second_fails_with_a_concurrency_error(StoreProvider provider)
    {
        await using var site = Start(provider);
        var created = await CreateUserAsync(site, "hai.nguoi");

        await using var first = site.Services.CreateAsyncScope();
        await using var second = site.Services.CreateAsyncScope();
        var firstUsers = first.ServiceProvider.GetRequiredService<UserManager<User>>();
        var secondUsers = second.ServiceProvider.GetRequiredService<UserManager<User>>();
        var a = (await firstUsers.FindByIdAsync(created.UserId))!;
        var b = (await secondUsers.FindByIdAsync(created.UserId))!;

        AssertSucceeded(await firstUsers.SetEmailAsync(a, "mot@example.vn"));
        var result = await secondUsers.SetEmailAsync(b, "hai@example.vn");

        Assert.False(result.Succeeded);
        Assert.Equal("ConcurrencyFailure", Assert.Single(result.Errors).Code);
        var stored = await site.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(created.UserId))!);
        Assert.Equal("mot@example.vn", stored.Email);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Roles_are_queried_through_the_role_index_and_deleting_a_role_takes_it_from_users(StoreProvider provider)
    {
        await using var site = Start(provider);
        await CreateUserAsync(site, "duyet1", null, DefaultRoles.Reviewer);
        await CreateUserAsync(site, "duyet2", null, DefaultRoles.Reviewer, DefaultRoles.Author);
        await CreateUserAsync(site, "tacgia", null, DefaultRoles.Author);

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.Equal(["duyet1", "duyet2"], (await users.GetUsersInRoleAsync("reviewer")).Select(u => u.UserName).Order());
            Assert.Equal(["admin"], (await users.GetUsersInRoleAsync(DefaultRoles.Administrator)).Select(u => u.UserName));
            Assert.Empty(await users.GetUsersInRoleAsync("NoSuchRole"));
            var duyet2 = (await users.FindByNameAsync("duyet2"))!;
            Assert.True(await users.IsInRoleAsync(duyet2, "author"));
            AssertSucceeded(await users.RemoveFromRoleAsync(duyet2, DefaultRoles.Author));
            await Assert.ThrowsAsync<InvalidOperationException>(() => users.AddToRoleAsync(duyet2, "NoSuchRole"));
        });

        await site.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<Role>>();
            var reviewer = await roles.FindByNameAsync(DefaultRoles.Reviewer);
            Assert.NotNull(reviewer);
            Assert.StartsWith("Người duyệt", reviewer.Description);
            AssertSucceeded(await roles.DeleteAsync(reviewer));
            Assert.False(await roles.RoleExistsAsync(DefaultRoles.Reviewer));

            var duplicate = await roles.CreateAsync(new Role { Name = "editor" });
            Assert.Contains(duplicate.Errors, e => e.Code == "DuplicateRoleName");
        });

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            Assert.Empty(await users.GetRolesAsync((await users.FindByNameAsync("duyet1"))!));
            Assert.Empty(await users.GetRolesAsync((await users.FindByNameAsync("duyet2"))!));
            Assert.Equal([DefaultRoles.Author], await users.GetRolesAsync((await users.FindByNameAsync("tacgia"))!));
            Assert.Empty(await sp.GetRequiredService<IDocumentSession>().Query<UserByRoleIndex>().Where(i => i.RoleName == DefaultRoles.Reviewer).ToListAsync());
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_failed_attempts_lock_the_account_for_fifteen_minutes(StoreProvider provider)
    {
        await using var site = Start(provider);
        var created = await CreateUserAsync(site, "khoa");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await site.InScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<User>>();
                var user = (await users.FindByIdAsync(created.UserId))!;
                Assert.False(await users.IsLockedOutAsync(user));
                AssertSucceeded(await users.AccessFailedAsync(user));
            });
        }

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(created.UserId))!;
            Assert.True(await users.IsLockedOutAsync(user));
            Assert.Equal(0, user.AccessFailedCount);
            var minutes = (user.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes;
            Assert.InRange(minutes, 14, 15.1);
        });
    }
}
