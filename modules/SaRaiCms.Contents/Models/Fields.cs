using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Models;

public sealed class TextField : ContentField
{
    public string? Text { get; set; }
}

public sealed class NumericField : ContentField
{
    public decimal? Value { get; set; }
}

public sealed class BooleanField : ContentField
{
    public bool Value { get; set; }
}

/// <summary>A calendar date; the time part is ignored.</summary>
public sealed class DateField : ContentField
{
    public DateTime? Value { get; set; }
}

public sealed class DateTimeField : ContentField
{
    public DateTime? Value { get; set; }
}

public sealed class TimeField : ContentField
{
    public TimeSpan? Value { get; set; }
}

public sealed class HtmlField : ContentField
{
    public string? Html { get; set; }
}

public sealed class MarkdownField : ContentField
{
    public string? Markdown { get; set; }
}

public sealed class LinkField : ContentField
{
    public string? Url { get; set; }
    public string? Text { get; set; }
    public string? Target { get; set; }
}

public sealed class MultiTextField : ContentField
{
    public string[] Values { get; set; } = [];
}

public sealed class ContentPickerField : ContentField
{
    public string[] ContentItemIds { get; set; } = [];
}

public sealed class UserPickerField : ContentField
{
    public string[] UserIds { get; set; } = [];
}

public sealed class MediaField : ContentField
{
    public string[] Paths { get; set; } = [];
    public string[]? MediaTexts { get; set; }
}

public sealed class TaxonomyField : ContentField
{
    public string TaxonomyContentItemId { get; set; } = "";
    public string[] TermContentItemIds { get; set; } = [];
}
