using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace SaRaiCms.Users.Services;

/// <summary>Random passwords for accounts nobody chose a password for (the first administrator when none is configured).</summary>
public static class PasswordGenerator
{
    // Look-alike characters (I, l, 1, O, 0) are left out: the password is read off a log and typed by hand.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!@#%+=";

    /// <summary>At least 24 characters (about 140 bits), with every character class <paramref name="policy"/> asks for.</summary>
    public static string Generate(PasswordOptions policy, int minimumLength = 24)
    {
        var length = Math.Max(minimumLength, policy.RequiredLength);
        var alphabet = Upper + Lower + Digits + (policy.RequireNonAlphanumeric ? Symbols : "");
        var chars = new char[length];
        do
        {
            RandomNumberGenerator.GetItems<char>(alphabet, chars);
            // One of each required class in the first places, then shuffled away from them.
            chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
            chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
            chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
            if (policy.RequireNonAlphanumeric)
            {
                chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
            }

            RandomNumberGenerator.Shuffle<char>(chars);
        }
        while (chars.Distinct().Count() < policy.RequiredUniqueChars);

        return new string(chars);
    }
}
