using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Store;
using SaRaiCms.Testing;
using SaRaiCms.Users.Indexes;
using SaRaiCms.Users.Models;
using static SaRaiCms.Users.Tests.Admin.AdminPages;

namespace SaRaiCms.Users.Tests.Admin;

/// <summary>Two creations of one user name that both passed Identity's check: the unique index refuses the second cleanly.</summary>
public sealed class UserNameRaceTests
{
    public static TheoryData<StoreProvider> Providers => new() { StoreProvider.Sqlite, StoreProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_second_gets_the_duplicate_name_message_not_an_error(StoreProvider provider)
    {
        await using var site = new SiteFactory(provider);
        await site.CreateUserAsync("cung.luc", Password);

        // The store is called directly, as the second request would after its check passed.
        var result = await site.InScopeAsync(sp => sp.GetRequiredService<IUserStore<User>>()
            .CreateAsync(new User { UserName = "Cung.Luc", NormalizedUserName = "CUNG.LUC" }, CancellationToken.None));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(IdentityErrorDescriber.DuplicateUserName), error.Code);
        Assert.Equal("Tên đăng nhập “Cung.Luc” đã có người dùng; hãy chọn tên khác.", error.Description);
        var rows = await site.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IDocumentSession>().Query<UserIndex>().Count(i => i.NormalizedUserName == "CUNG.LUC")));
        Assert.Equal(1, rows);
        Assert.Equal("cung.luc", (await FindUserAsync(site, "CUNG.LUC"))?.UserName);
    }
}
