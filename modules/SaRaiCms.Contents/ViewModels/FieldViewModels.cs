using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.ViewModels;

// Field view models serve the display, the editor and the posted form. The drivers validate
// (with the field's settings and Vietnamese messages), so MVC's own validation is switched off
// with [ValidateNever]: otherwise non-nullable strings such as Label would be implicitly required.
// Posted values are strings where the driver parses them itself (numbers, dates, lists).

/// <summary>What every field's view shows: its label and hint, from the field definition.</summary>
public abstract class FieldViewModel
{
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public bool Required { get; set; }

    /// <summary>The field's name in its part, used in CSS classes ("field-Seats").</summary>
    public string FieldName { get; set; } = "";
}

[ValidateNever]
public sealed class NumericFieldViewModel : FieldViewModel
{
    /// <summary>As typed: "1.380", "45,45" or "45.45".</summary>
    public string? Value { get; set; }

    /// <summary>The stored value for display, grouped with the field's scale ("1.380", "45,45").</summary>
    public string Formatted { get; set; } = "";

    public int Scale { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
}

[ValidateNever]
public sealed class BooleanFieldViewModel : FieldViewModel
{
    public bool Value { get; set; }
}

[ValidateNever]
public sealed class DateFieldViewModel : FieldViewModel
{
    /// <summary>"yyyy-MM-dd", as an input of type date posts it.</summary>
    public string? Value { get; set; }

    /// <summary>"dd/MM/yyyy" for display.</summary>
    public string Formatted { get; set; } = "";
}

[ValidateNever]
public sealed class DateTimeFieldViewModel : FieldViewModel
{
    /// <summary>"yyyy-MM-ddTHH:mm" in the site's time zone, as an input of type datetime-local posts it.</summary>
    public string? Value { get; set; }

    /// <summary>"dd/MM/yyyy HH:mm" in the site's time zone.</summary>
    public string Formatted { get; set; } = "";

    /// <summary>The UTC instant, ISO 8601, for the time element's datetime attribute.</summary>
    public string Iso { get; set; } = "";
}

[ValidateNever]
public sealed class TimeFieldViewModel : FieldViewModel
{
    /// <summary>"HH:mm" (or "HH:mm:ss"), as an input of type time posts it.</summary>
    public string? Value { get; set; }
}

[ValidateNever]
public sealed class HtmlFieldViewModel : FieldViewModel
{
    /// <summary>Sanitised HTML (on save, and again on display for imported content).</summary>
    public string? Html { get; set; }
}

[ValidateNever]
public sealed class MarkdownFieldViewModel : FieldViewModel
{
    public string? Markdown { get; set; }

    /// <summary>The rendered, sanitised HTML (display only).</summary>
    public string Html { get; set; } = "";
}

[ValidateNever]
public sealed class LinkFieldViewModel : FieldViewModel
{
    public string? Url { get; set; }
    public string? Text { get; set; }

    /// <summary>"" (same window) or "_blank".</summary>
    public string? Target { get; set; }

    /// <summary>Static and Url give the text themselves: the editor shows no text input.</summary>
    public Models.LinkTextMode TextMode { get; set; }
}

[ValidateNever]
public sealed class MultiTextFieldViewModel : FieldViewModel
{
    /// <summary>The editor's textarea: one value per line.</summary>
    public string? Text { get; set; }

    public IReadOnlyList<string> Values { get; set; } = [];
}

/// <summary>An item offered by a content picker, or one it links to.</summary>
public sealed record ContentPickerOption(string ContentItemId, string Title, string ContentType, bool Selected, string? Url = null);

[ValidateNever]
public sealed class ContentPickerFieldViewModel : FieldViewModel
{
    public string[] ContentItemIds { get; set; } = [];
    public bool Multiple { get; set; }

    /// <summary>Editor: the items to choose from. Display: the linked items, in the field's order.</summary>
    public IReadOnlyList<ContentPickerOption> Items { get; set; } = [];
}

[ValidateNever]
public sealed class UserPickerFieldViewModel : FieldViewModel
{
    /// <summary>Comma-separated user ids.</summary>
    public string? UserIds { get; set; }

    public bool Multiple { get; set; }
}

/// <summary>One file of a media field, ready to render.</summary>
public sealed record MediaItem(string Path, string Url, string Alt, bool IsImage)
{
    /// <summary>Derived sizes for responsive images, when the media library holds the file.</summary>
    public string? SrcSet { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
}

[ValidateNever]
public sealed class MediaFieldViewModel : FieldViewModel
{
    /// <summary>The editor's textarea: one "path | alt text" per line.</summary>
    public string? Entries { get; set; }

    public bool Multiple { get; set; }

    public IReadOnlyList<MediaItem> Items { get; set; } = [];
}

/// <summary>A term offered by a taxonomy field's editor or shown by its display.</summary>
public sealed record TermOption(string ContentItemId, string Name, int Level, bool Selected);

[ValidateNever]
public sealed class TaxonomyFieldViewModel : FieldViewModel
{
    public string[] TermContentItemIds { get; set; } = [];

    /// <summary>Only one term may be chosen (radio buttons instead of checkboxes).</summary>
    public bool Unique { get; set; }

    /// <summary>False when the settings name no taxonomy or it does not exist.</summary>
    public bool HasTaxonomy { get; set; }

    public IReadOnlyList<TermOption> Terms { get; set; } = [];

    /// <summary>Display: the chosen terms' names (TaxonomyTerm kept for a theme that wants levels).</summary>
    public IReadOnlyList<TaxonomyTerm> Selected { get; set; } = [];
}
