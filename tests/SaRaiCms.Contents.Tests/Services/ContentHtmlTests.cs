using SaRaiCms.Contents.Services;

namespace SaRaiCms.Contents.Tests.Services;

/// <summary>The policy forbids inline styles, so saved HTML carries none; the alignment they held survives as a class.</summary>
public sealed class ContentHtmlTests
{
    private readonly ContentHtml _html = new();

    [Theory]
    [InlineData("<p style=\"text-align: center\">Sa Rài</p>", "<p class=\"ql-align-center\">Sa Rài</p>")]
    [InlineData("<p style=\"color: red; TEXT-ALIGN:right\">Sa Rài</p>", "<p class=\"ql-align-right\">Sa Rài</p>")]
    [InlineData("<p class=\"lead\" style=\"text-align: justify\">Sa Rài</p>", "<p class=\"lead ql-align-justify\">Sa Rài</p>")]
    [InlineData("<p style=\"text-align: left; font-family: Arial\">Sa Rài</p>", "<p>Sa Rài</p>")]
    [InlineData("<span style=\"mso-bidi-font-family: Calibri\">Sa Rài</span>", "<span>Sa Rài</span>")]
    [InlineData("<p class=\"ql-align-center\">Sa Rài</p>", "<p class=\"ql-align-center\">Sa Rài</p>")]
    public void Style_attributes_are_dropped_keeping_their_alignment_as_a_class(string input, string expected)
        => Assert.Equal(expected, _html.Sanitize(input));

    [Fact]
    public void Markdown_table_alignment_becomes_a_class()
    {
        var html = _html.RenderMarkdown("| Số | Tên |\n| ---: | :---: |\n| 1 | Sa Rài |\n");
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td class=\"ql-align-right\">1</td>", html);
        Assert.Contains("<td class=\"ql-align-center\">Sa Rài</td>", html);
    }
}
