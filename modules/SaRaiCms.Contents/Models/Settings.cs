namespace SaRaiCms.Contents.Models;

public sealed class AutoroutePartSettings
{
    /// <summary>A Liquid template over the item; the default makes a slug of the title.</summary>
    public string Pattern { get; set; } = "{{ ContentItem.DisplayText | slugify }}";
    public bool AllowCustomPath { get; set; }
    public bool ShowHomepageOption { get; set; }
}

public sealed class ListPartSettings
{
    public string[] ContainedContentTypes { get; set; } = [];
    public int PageSize { get; set; } = 10;
}

public sealed class BagPartSettings
{
    public string[] ContainedContentTypes { get; set; } = [];
}

public sealed class TitlePartSettings
{
    /// <summary>0: editable, 1: generated from a pattern, 2: editable and required.</summary>
    public int Options { get; set; }
    public string? Pattern { get; set; }
}

public sealed class TextFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public int? MaxLength { get; set; }
}

public sealed class NumericFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public int Scale { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
}

public sealed class DateFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class DateTimeFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class TimeFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class LinkFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class ContentPickerFieldSettings
{
    public bool Required { get; set; }
    public bool Multiple { get; set; }
    public string[] DisplayedContentTypes { get; set; } = [];
    public string? Hint { get; set; }
}

public sealed class MediaFieldSettings
{
    public bool Required { get; set; }
    public bool Multiple { get; set; } = true;
    public string? Hint { get; set; }
}

public sealed class TaxonomyFieldSettings
{
    public bool Required { get; set; }
    public string TaxonomyContentItemId { get; set; } = "";
    public bool Unique { get; set; }
    public string? Hint { get; set; }
}

public sealed class MultiTextFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class HtmlFieldSettings
{
    public string? Hint { get; set; }
}

public sealed class MarkdownFieldSettings
{
    public string? Hint { get; set; }
}

public sealed class BooleanFieldSettings
{
    public string? Hint { get; set; }
    public string? Label { get; set; }
}

public sealed class UserPickerFieldSettings
{
    public bool Required { get; set; }
    public bool Multiple { get; set; }
    public string? Hint { get; set; }
}
