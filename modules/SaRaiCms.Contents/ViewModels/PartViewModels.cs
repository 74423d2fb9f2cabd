using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.ViewModels;

// [ValidateNever]: the drivers validate with the settings and Vietnamese messages; without it
// MVC treats the non-nullable Title/Html as implicitly required and refuses a blank optional
// title or body with its own English message.
[ValidateNever]
public sealed class TitlePartViewModel
{
    /// <summary>
    /// ViewData key: set to true by a page that shows an item inside its own h1 (the review page,
    /// a stored version), so the item's title becomes an h2 and the page keeps one h1.
    /// </summary>
    public const string NestedKey = "TitlePart.Nested";

    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    public bool Required { get; set; }

    /// <summary>Generated from the type's pattern: shown, not edited.</summary>
    public bool ReadOnly { get; set; }

    public ContentItem? ContentItem { get; set; }
}

[ValidateNever]
public sealed class HtmlBodyPartViewModel
{
    [Display(Name = "Nội dung")]
    public string Html { get; set; } = "";

    public ContentItem? ContentItem { get; set; }
}

public sealed class TextFieldViewModel
{
    public string? Text { get; set; }
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string FieldName { get; set; } = "";
}

public sealed class HomeViewModel
{
    public string SiteName { get; set; } = "";
    public IReadOnlyList<SaRaiCms.Display.ContentShape> Items { get; set; } = [];
    public int Page { get; set; }
    public int PageCount { get; set; }
}

public sealed class ItemPageViewModel
{
    public string SiteName { get; set; } = "";
    public string Title { get; set; } = "";
    public required SaRaiCms.Display.ContentShape Content { get; set; }
}
