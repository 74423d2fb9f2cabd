using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Testing;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Tests;

/// <summary>
/// No user enumeration by timing: a sign-in with an unknown user name does the same costly work
/// as one with a wrong password, one password hash verification (counted, not timed).
/// </summary>
public sealed class SignInTimingTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new();
    private readonly CountingPasswordHasher _hasher = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _host = _site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<User>>(_hasher)));
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var created = await users.CreateAsync(
            new User { UserId = scope.ServiceProvider.GetRequiredService<SaRaiCms.ContentManagement.IIdGenerator>().GenerateUniqueId(), UserName = "canbo.tinhthanh", IsEnabled = true },
            "Dung-mat-khau-1");
        Assert.True(created.Succeeded);
    }

    // The derived host is the only one started; disposing the site factory also removes its data folder.
    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_user_name_costs_one_password_verification_like_a_wrong_password()
    {
        using var browser = new Browser(_host);

        _hasher.Verifications = 0;
        await browser.SignInAsync("canbo.tinhthanh", "Sai-mat-khau-1");
        var wrongPassword = _hasher.Verifications;

        _hasher.Verifications = 0;
        await browser.SignInAsync("khong.co.nguoi.nay", "Sai-mat-khau-1");
        var unknownUser = _hasher.Verifications;

        Assert.Equal(1, wrongPassword);
        Assert.Equal(wrongPassword, unknownUser);
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications
        {
            get => Volatile.Read(ref _verifications);
            set => Volatile.Write(ref _verifications, value);
        }

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
