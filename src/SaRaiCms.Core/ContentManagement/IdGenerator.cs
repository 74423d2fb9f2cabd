using System.Security.Cryptography;

namespace SaRaiCms.ContentManagement;

/// <summary>128 random bits as 26 characters of lower-case base 32, like Orchard Core's ids.</summary>
public sealed class IdGenerator : IIdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public string GenerateUniqueId()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes[..16]);
        bytes[16] = 0;
        Span<char> chars = stackalloc char[26];
        var bitBuffer = 0;
        var bitCount = 0;
        var byteIndex = 0;
        for (var i = 0; i < 26; i++)
        {
            if (bitCount < 5)
            {
                bitBuffer = (bitBuffer << 8) | bytes[byteIndex++];
                bitCount += 8;
            }

            chars[i] = Alphabet[(bitBuffer >> (bitCount - 5)) & 31];
            bitCount -= 5;
        }

        return new string(chars);
    }
}
