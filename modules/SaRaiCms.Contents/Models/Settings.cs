using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SaRaiCms.ContentManagement;

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

/// <summary>How a type's title is entered: Orchard Core's TitlePartOptions, stored by name.</summary>
[JsonConverter(typeof(TitlePartOptionsJsonConverter))]
public enum TitlePartOptions
{
    [Display(Name = "Người soạn tự nhập (có thể để trống)")]
    Editable,

    [Display(Name = "Tạo từ mẫu, hiện nhưng không sửa được")]
    GeneratedDisabled,

    [Display(Name = "Tạo từ mẫu, không hiện trong trang soạn")]
    GeneratedHidden,

    [Display(Name = "Người soạn tự nhập, bắt buộc")]
    EditableRequired,
}

public sealed class TitlePartSettings
{
    public TitlePartOptions Options { get; set; } = TitlePartOptions.Editable;

    /// <summary>A Liquid template over the item, for the generated options.</summary>
    public string? Pattern { get; set; }

    /// <summary>Whether display views show the title (Orchard's default: yes).</summary>
    public bool RenderTitle { get; set; } = true;

    [JsonIgnore] public bool IsRequired => Options == TitlePartOptions.EditableRequired;

    [JsonIgnore] public bool IsGenerated => Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden;
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

/// <summary>How a link's text is given: Orchard Core's LinkTextMode, stored by name.</summary>
[JsonConverter(typeof(NamedEnumJsonConverter<LinkTextMode>))]
public enum LinkTextMode
{
    [Display(Name = "Người soạn nhập hoặc để trống (khi trống hiện địa chỉ)")]
    Optional,

    [Display(Name = "Người soạn phải nhập")]
    Required,

    [Display(Name = "Dùng chữ cố định trong thiết lập")]
    Static,

    [Display(Name = "Dùng chính địa chỉ liên kết")]
    Url,
}

public sealed class LinkFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public LinkTextMode LinkTextMode { get; set; } = LinkTextMode.Optional;

    /// <summary>The text of every link when <see cref="LinkTextMode"/> is Static.</summary>
    public string? DefaultText { get; set; }
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
