using SaRaiCms.ContentManagement;

namespace SaRaiCms.Example.Models;

/// <summary>Stored as the item's "ExamplePart" JSON property: <c>{ "Text": "…" }</c>.</summary>
public sealed class ExamplePart : ContentPart
{
    public const int MaxTextLength = 500;

    public string Text { get; set; } = "";
}
