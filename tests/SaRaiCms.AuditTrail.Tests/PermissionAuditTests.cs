using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.Users.Models;

namespace SaRaiCms.AuditTrail.Tests;

public sealed class PermissionAuditTests(AuditSite fixture) : IClassFixture<AuditSite>
{
    [Fact]
    public async Task A_role_permission_change_by_the_roles_recipe_step_is_logged_with_before_and_after()
    {
        await fixture.RunRecipeAsync("""
            { "name": "roles-1", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Phongvien", "Description": "Phóng viên", "Permissions": ["EditOwnContent", "AccessAdmin"] } ] } ] }
            """);
        await fixture.RunRecipeAsync("""
            { "name": "roles-2", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Phongvien", "Permissions": ["EditOwnContent", "PublishOwnContent"] } ] } ] }
            """);
        // The same grants again change nothing and log nothing.
        await fixture.RunRecipeAsync("""
            { "name": "roles-3", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Phongvien", "Permissions": ["PublishOwnContent", "EditOwnContent"] } ] } ] }
            """);

        var events = (await fixture.EventsAsync(q => q.Where(i => i.EventName == AuditEventNames.RolePermissionsChanged)))
            .Where(e => (string?)e.Details["role"] == "Phongvien").ToList();
        Assert.Equal(2, events.Count);
        var change = events[1];
        Assert.Equal(AuditCategories.Permissions, change.Category);
        Assert.Equal(["EditOwnContent", "AccessAdmin"], Strings(change, "before"));
        Assert.Equal(["EditOwnContent", "PublishOwnContent"], Strings(change, "after"));
        Assert.Equal(["PublishOwnContent"], Strings(change, "added"));
        Assert.Equal(["AccessAdmin"], Strings(change, "removed"));
        Assert.Empty(Strings(events[0], "before"));
    }

    [Fact]
    public async Task Roles_given_to_and_taken_from_a_user_are_logged()
    {
        await fixture.Site.CreateUserAsync("vaitro1", "Vai-tro-Passw0rd!", "Author");
        await fixture.Site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByNameAsync("vaitro1"))!;
            Assert.True((await users.RemoveFromRoleAsync(user, "Author")).Succeeded);
        });

        var events = (await fixture.EventsAsync(q => q.Where(i => i.Category == AuditCategories.Permissions)))
            .Where(e => (string?)e.Details["user"] == "vaitro1").ToList();
        Assert.Equal([AuditEventNames.UserRoleAdded, AuditEventNames.UserRoleRemoved], events.Select(e => e.Name));
        Assert.All(events, e => Assert.Equal("Author", (string?)e.Details["role"]));
    }

    private static List<string?> Strings(AuditEvent e, string key) => e.Details[key]!.AsArray().Select(v => (string?)v).ToList();
}
