using System.Text;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// The body as Markdown. The text is stored as typed (NFC); it is rendered with Markdig and
/// sanitised by <see cref="ContentHtml.RenderMarkdown"/> every time it is shown, so no handler
/// needs to clean it on save.
/// </summary>
public sealed class MarkdownBodyPartDisplayDriver(ContentHtml html) : ContentPartDisplayDriver<MarkdownBodyPart>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(MarkdownBodyPart part, PartContext context)
        => Shapes(Shape("MarkdownBodyPart", new MarkdownBodyPartViewModel
        {
            Markdown = part.Markdown,
            Html = html.RenderMarkdown(part.Markdown),
            ContentItem = context.Build.ContentItem,
        }, context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(MarkdownBodyPart part, PartContext context)
        => Shapes(Shape("MarkdownBodyPart_Edit", new MarkdownBodyPartViewModel { Markdown = part.Markdown, ContentItem = context.Build.ContentItem }, context));

    protected override async Task UpdateAsync(MarkdownBodyPart part, PartContext context, IUpdateModel updater)
    {
        var model = new MarkdownBodyPartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);

        // Leading spaces are Markdown (indented code), so only line ends and the tail are tidied.
        part.Markdown = (model.Markdown ?? "").Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").TrimEnd();
    }
}
