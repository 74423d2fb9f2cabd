using SaRaiCms.Contents.Services;

namespace SaRaiCms.Contents.Tests.Versions;

public sealed class HtmlParagraphsTests
{
    [Fact]
    public void Blocks_and_line_breaks_make_paragraphs_and_markup_is_dropped()
    {
        var paragraphs = new HtmlParagraphs().FromHtml("<p>Một <strong>hai</strong>\n  ba</p><ul><li>Bốn</li><li>Năm<br>Sáu</li></ul><script>x()</script>");

        Assert.Equal(["Một hai ba", "Bốn", "Năm", "Sáu"], paragraphs);
    }

    [Fact]
    public void Word_diff_keeps_the_spaces_between_words()
    {
        var diff = ContentVersionDiff.Diff("Nội dung", ["Họp vào sáng thứ hai."], ["Họp vào chiều thứ hai."]);

        var paragraph = Assert.Single(diff.Paragraphs);
        Assert.Equal(ParagraphChange.Modified, paragraph.Change);
        Assert.Equal("Họp vào sáng thứ hai.", string.Concat(paragraph.Segments.Where(s => s.Change != SegmentChange.Inserted).Select(s => s.Text)));
        Assert.Equal("Họp vào chiều thứ hai.", string.Concat(paragraph.Segments.Where(s => s.Change != SegmentChange.Deleted).Select(s => s.Text)));
        Assert.Equal("sáng", paragraph.Segments.Single(s => s.Change == SegmentChange.Deleted).Text);
    }
}
