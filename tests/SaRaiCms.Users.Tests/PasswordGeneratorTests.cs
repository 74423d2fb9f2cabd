using Microsoft.AspNetCore.Identity;
using SaRaiCms.Users.Services;

namespace SaRaiCms.Users.Tests;

public sealed class PasswordGeneratorTests
{
    [Fact]
    public void Generated_passwords_meet_the_site_policy_and_differ()
    {
        var policy = new IdentityOptions();
        UserPolicy.ConfigureIdentity(policy);
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordGenerator.Generate(policy.Password)).ToList();

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.All(passwords, p =>
        {
            Assert.Equal(24, p.Length);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.All(p, c => Assert.True(char.IsAsciiLetterOrDigit(c), $"'{c}' in {p}"));
            Assert.DoesNotContain(p, c => "Il1O0".Contains(c));
        });
    }

    [Fact]
    public void A_stricter_policy_gets_a_longer_password_with_a_symbol()
    {
        var policy = new PasswordOptions { RequiredLength = 32, RequireNonAlphanumeric = true, RequiredUniqueChars = 12 };
        var password = PasswordGenerator.Generate(policy);

        Assert.Equal(32, password.Length);
        Assert.Contains(password, c => !char.IsLetterOrDigit(c));
        Assert.True(password.Distinct().Count() >= 12);
    }
}
