using System.Globalization;
using System.Text;

namespace SaRaiCms.Text;

/// <summary>
/// Decomposes (NFD), drops the combining marks, maps đ/Đ (which do not decompose) to d, lower-cases
/// and joins words with single hyphens.
/// </summary>
public sealed class SlugService : ISlugService
{
    public string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (mapped is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(mapped);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
