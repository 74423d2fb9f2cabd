using Microsoft.Extensions.Options;
using SaRaiCms.Text;

namespace SaRaiCms.Search.Tests.Text;

/// <summary>The text service as the host builds it, without a host.</summary>
internal static class TestText
{
    public static IVietnameseText Create(VietnameseTextOptions? options = null)
        => new VietnameseText(new SlugService(), Options.Create(options ?? new VietnameseTextOptions()));
}
