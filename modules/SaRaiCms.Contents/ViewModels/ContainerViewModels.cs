using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.ViewModels;

[ValidateNever]
public sealed class AutoroutePartViewModel
{
    public string? Path { get; set; }
    public bool SetHomepage { get; set; }

    /// <summary>The type lets editors type the path; otherwise it is made from the pattern and only shown.</summary>
    public bool AllowCustomPath { get; set; }

    public bool ShowHomepageOption { get; set; }
}

[ValidateNever]
public sealed class MarkdownBodyPartViewModel
{
    public string? Markdown { get; set; }

    /// <summary>Rendered and sanitised (display only).</summary>
    public string Html { get; set; } = "";

    public ContentItem? ContentItem { get; set; }
}

public sealed class ListPartViewModel
{
    public required ContentItem ContentItem { get; init; }

    /// <summary>This page of published children, newest first, each as a Summary.</summary>
    public IReadOnlyList<ContentShape> Items { get; init; } = [];

    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
}

/// <summary>An embedded item as the bag editor lists it.</summary>
public sealed record BagEntry(string Title, string ContentType);

public sealed class BagPartViewModel
{
    public required ContentItem ContentItem { get; init; }

    /// <summary>The attachment name ("Gallery"), for CSS classes and headings.</summary>
    public string PartName { get; init; } = "";

    /// <summary>Display: each embedded item as a Summary.</summary>
    public IReadOnlyList<ContentShape> Items { get; init; } = [];

    /// <summary>Editor: the embedded items' titles and types.</summary>
    public IReadOnlyList<BagEntry> Entries { get; init; } = [];
}

public sealed class TaxonomyPartViewModel
{
    public required ContentItem ContentItem { get; init; }
    public IReadOnlyList<TaxonomyTerm> Terms { get; init; } = [];
}
