using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Contents.Security;
using SaRaiCms.Recipes;
using SaRaiCms.Security;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>/admin/roles, and grants taking effect for people already signed in. Each test has its own site: they change roles.</summary>
public sealed class RoleAdminTests : IAsyncLifetime
{
    private readonly SiteFactory _site = Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private Task<bool> HasAsync(string userName, Permission permission)
        => _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var principal = await sp.GetRequiredService<SignInManager<User>>().CreateUserPrincipalAsync((await users.FindByNameAsync(userName))!);
            return await sp.GetRequiredService<IPermissionChecker>().HasAsync(principal, permission);
        });

    private Task<List<string>> PermissionsOfAsync(string role)
        => _site.InScopeAsync(async sp => (await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(role))!.Permissions);

    [Fact]
    public async Task Granting_PublishContent_to_Author_through_the_form_counts_on_the_next_request()
    {
        await _site.CreateUserAsync("tacgia", Password, StandardRoles.Author);
        // Asked once before, so the site's grants are cached: the form must refresh them.
        Assert.False(await HasAsync("tacgia", ContentPermissions.PublishContent));

        using var admin = await SignedInAsync(_site);
        var (_, form) = await admin.GetAsync("/admin/roles/Author");
        var box = form.QuerySelector<IHtmlInputElement>("input[name='Permissions[PublishContent]']")!;
        Assert.False(box.IsChecked);
        Assert.Equal("Xuất bản, gỡ xuất bản mọi nội dung", form.QuerySelector($"label[for='{box.Id}']")?.TextContent);
        var (saved, _) = await admin.SubmitAsync("/admin/roles/Author", "#role-edit", new Dictionary<string, string> { ["Permissions[PublishContent]"] = "true" });
        Assert.Equal("/admin/roles/Author", Browser.RedirectTarget(saved));

        Assert.True(await HasAsync("tacgia", ContentPermissions.PublishContent));
        // The defaults the form showed ticked are kept.
        Assert.Contains(ContentPermissions.EditOwnContent.Name, await PermissionsOfAsync(StandardRoles.Author));
    }

    [Fact]
    public async Task A_granted_page_permission_opens_the_page_for_an_author_already_signed_in_and_removing_it_closes_it()
    {
        await _site.CreateUserAsync("tacgia2", Password, StandardRoles.Author);
        using var author = await SignedInAsync(_site, "tacgia2", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/users")).Response.StatusCode);

        using var admin = await SignedInAsync(_site);
        await admin.SubmitAsync("/admin/roles/Author", "#role-edit", new Dictionary<string, string> { ["Permissions[ManageUsers]"] = "true" });
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin/users")).Response.StatusCode);

        await admin.SubmitAsync("/admin/roles/Author", "#role-edit", new Dictionary<string, string> { ["Permissions[ManageUsers]"] = "false" });
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/users")).Response.StatusCode);
    }

    [Fact]
    public async Task The_editor_offers_every_module_permission_and_the_content_permissions_per_type()
    {
        await _site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<SaRaiCms.Metadata.IContentDefinitionManager>();
            await definitions.AlterTypeAsync("News", t => t.DisplayedAs("Tin tức"));
            await sp.GetRequiredService<IDocumentSession>().SaveChangesAsync();
        });
        using var admin = await SignedInAsync(_site);
        var (_, form) = await admin.GetAsync("/admin/roles/Editor");
        var names = form.QuerySelectorAll<IHtmlInputElement>("#role-edit input[type=checkbox]").Select(i => i.Name).ToList();
        Assert.Contains("Permissions[ManageUsers]", names);
        Assert.Contains("Permissions[ManageRoles]", names);
        Assert.Contains("Permissions[ManageSettings]", names);
        Assert.Contains("Permissions[AccessAdmin]", names);
        foreach (var permission in ContentPermissions.TypeScoped)
        {
            Assert.Contains($"Permissions[{permission.Name}_News]", names);
        }

        Assert.Contains(form.QuerySelectorAll("#role-edit legend"), l => l.TextContent == "Nội dung: Tin tức");

        await admin.SubmitAsync("/admin/roles/Editor", "#role-edit", new Dictionary<string, string> { ["Permissions[PublishContent_News]"] = "true" });
        Assert.Contains("PublishContent_News", await PermissionsOfAsync(StandardRoles.Editor));
    }

    [Fact]
    public async Task A_role_is_created_and_deleted_after_confirmation_and_its_users_lose_it()
    {
        using var admin = await SignedInAsync(_site);
        var (_, invalid) = await admin.SubmitAsync("/admin/roles/new", "#role-create", new Dictionary<string, string> { ["Name"] = "Biên tập tin" });
        Assert.StartsWith("Tên vai trò gồm chữ cái không dấu", FieldError(invalid, "Name"));

        var (created, _) = await admin.SubmitAsync("/admin/roles/new", "#role-create", new Dictionary<string, string> { ["Name"] = "BienTapTin", ["Description"] = "Biên tập tin tức" });
        Assert.Equal("/admin/roles/BienTapTin", Browser.RedirectTarget(created));
        var (_, duplicate) = await admin.SubmitAsync("/admin/roles/new", "#role-create", new Dictionary<string, string> { ["Name"] = "bientaptin" });
        Assert.Equal("Vai trò “bientaptin” đã có.", FieldError(duplicate, "Name"));

        await _site.CreateUserAsync("btv.tin", Password, "BienTapTin");
        var (_, list) = await admin.GetAsync("/admin/roles");
        var row = list.QuerySelectorAll("table.roles tbody tr").Single(r => r.QuerySelector("a")!.TextContent == "BienTapTin");
        Assert.Contains("Biên tập tin tức", row.TextContent);

        var (_, confirm) = await admin.GetAsync("/admin/roles/BienTapTin/delete");
        Assert.Contains("1 người dùng đang có vai trò này", confirm.QuerySelector("#role-delete")?.TextContent);
        var (deleted, _) = await admin.SubmitAsync("/admin/roles/BienTapTin/delete", "#role-delete");
        Assert.Equal("/admin/roles", Browser.RedirectTarget(deleted));
        Assert.Null(await _site.InScopeAsync(sp => sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync("BienTapTin")));
        Assert.Empty((await UserAsync(_site, "btv.tin")).Roles);
    }

    [Fact]
    public async Task A_role_from_a_recipe_Roles_step_lets_its_users_open_the_page_it_grants()
    {
        const string recipe = """
            {
              "name": "user-managers",
              "steps": [
                { "name": "Roles", "Roles": [ { "Name": "QuanLyNguoiDung", "Description": "Quản lý người dùng", "Permissions": [ "AccessAdmin", "ManageUsers" ] } ] }
              ]
            }
            """;
        await _site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string>()));
        await _site.CreateUserAsync("ql.nguoidung", Password, "QuanLyNguoiDung");

        using var manager = await SignedInAsync(_site, "ql.nguoidung", Password);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/admin/users")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/admin/roles")).Response.StatusCode);
        var (_, dashboard) = await manager.GetAsync("/admin");
        Assert.Contains(dashboard.QuerySelectorAll(".admin-nav a"), a => a.GetAttribute("href") == "/admin/users");
        Assert.DoesNotContain(dashboard.QuerySelectorAll(".admin-nav a"), a => a.GetAttribute("href") == "/admin/roles");

        // And the recipe's role is an ordinary role on the roles page.
        using var admin = await SignedInAsync(_site);
        var (_, form) = await admin.GetAsync("/admin/roles/QuanLyNguoiDung");
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name='Permissions[ManageUsers]']")!.IsChecked);
    }
}
