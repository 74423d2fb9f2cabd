using SaRaiCms.ContentManagement;

namespace SaRaiCms.Example.ViewModels;

/// <summary>The model of ExamplePart.cshtml and ExamplePart_Edit.cshtml; also what the editor form binds to.</summary>
public sealed class ExamplePartViewModel
{
    public string? Text { get; set; }

    public ContentItem? ContentItem { get; set; }
}
