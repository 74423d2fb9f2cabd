using SaRaiCms.Text;

namespace SaRaiCms.Contents.Tests.Services;

public sealed class NumberInputTests
{
    [Theory]
    [InlineData("1.380", 1380)]
    [InlineData("1.380.000", 1380000)]
    [InlineData("45,45", 45.45)]
    [InlineData("1.380,5", 1380.5)]
    [InlineData("45.45", 45.45)]
    [InlineData("1.38", 1.38)]
    [InlineData("0.380", 0.38)]
    [InlineData("1380", 1380)]
    [InlineData("-2,5", -2.5)]
    [InlineData("1 380", 1380)]
    [InlineData("1\u00a0380,25", 1380.25)]
    public void Reads_vietnamese_and_invariant_notation(string text, double expected)
    {
        Assert.True(NumberInput.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.38.0")]
    [InlineData("1,380.5")]
    [InlineData("1e5")]
    [InlineData("١٢٣")]
    [InlineData("99999999999999999999999999999999")]
    public void Refuses_anything_else(string text)
        => Assert.False(NumberInput.TryParse(text, out _));

    [Theory]
    [InlineData(1380, 0, "1.380")]
    [InlineData(45.45, 2, "45,45")]
    [InlineData(1380.5, 2, "1.380,50")]
    public void Formats_for_display_grouped_with_the_scale(double value, int scale, string expected)
        => Assert.Equal(expected, NumberInput.Format((decimal)value, scale));
}
