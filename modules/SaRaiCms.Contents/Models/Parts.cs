using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Models;

public sealed class TitlePart : ContentPart
{
    public string Title { get; set; } = "";
}

public sealed class AutoroutePart : ContentPart
{
    public string Path { get; set; } = "";
    public bool SetHomepage { get; set; }
    public bool RouteContainedItems { get; set; }
}

public sealed class HtmlBodyPart : ContentPart
{
    public string Html { get; set; } = "";
}

public sealed class MarkdownBodyPart : ContentPart
{
    public string Markdown { get; set; } = "";
}

/// <summary>Marks a container; its children carry a <see cref="ContainedPart"/>.</summary>
public sealed class ListPart : ContentPart
{
}

public sealed class ContainedPart : ContentPart
{
    public string ListContentItemId { get; set; } = "";
    public string ListContentType { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>Items embedded in their parent (attached under any name).</summary>
public sealed class BagPart : ContentPart
{
    public List<ContentItem> ContentItems { get; set; } = [];
}

/// <summary>A taxonomy: its terms are embedded items carrying a <see cref="TermPart"/>.</summary>
public sealed class TaxonomyPart : ContentPart
{
    public List<ContentItem> Terms { get; set; } = [];
    public string TermContentType { get; set; } = "";
}

public sealed class TermPart : ContentPart
{
    public string TaxonomyContentItemId { get; set; } = "";
}
