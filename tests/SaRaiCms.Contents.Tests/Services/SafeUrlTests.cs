using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Tests.Services;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://sarai.gov.vn", true)]
    [InlineData("http://sarai.gov.vn/a?b=c#d", true)]
    [InlineData("mailto:vp@sarai.gov.vn", true)]
    [InlineData("tel:0277", true)]
    [InlineData("/lien-he", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("ftp://files.example", false)]
    [InlineData("https://", false)]
    [InlineData("relative/page", false)]
    [InlineData("", false)]
    public void Links(string url, bool allowed) => Assert.Equal(allowed, SafeUrl.IsAllowedLink(url));

    [Theory]
    [InlineData("images/a.jpg", true)]
    [InlineData("/media/a.jpg", true)]
    [InlineData("https://cdn.example.vn/a.jpg", true)]
    [InlineData("thư mục/ảnh 1.jpg", true)]
    [InlineData("../a.jpg", false)]
    [InlineData("a\\b.jpg", false)]
    [InlineData("http://cdn.example.vn/a.jpg", false)]
    [InlineData("HTTP://cdn.example.vn/a.jpg", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//cdn.example.vn/a.jpg", false)]
    public void Media_paths(string path, bool allowed) => Assert.Equal(allowed, SafeUrl.IsAllowedMediaPath(path));

    [Fact]
    public void Library_paths_are_served_under_media_escaped()
        => Assert.Equal("/media/th%C6%B0%20m%E1%BB%A5c/%E1%BA%A3nh%201.jpg", SafeUrl.MediaUrl("thư mục/ảnh 1.jpg"));
}
