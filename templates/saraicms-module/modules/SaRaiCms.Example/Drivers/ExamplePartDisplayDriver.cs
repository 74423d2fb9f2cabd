using SaRaiCms.Display;
using SaRaiCms.Example.Models;
using SaRaiCms.Example.ViewModels;

namespace SaRaiCms.Example.Drivers;

/// <summary>Display, editor and update of ExamplePart; the messages editors read are here, in Vietnamese.</summary>
public sealed class ExamplePartDisplayDriver : ContentPartDisplayDriver<ExamplePart>
{
    public const string TextRequired = "Hãy nhập nội dung.";

    public static readonly string TextTooLong = $"Nội dung không được dài quá {ExamplePart.MaxTextLength} ký tự.";

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(ExamplePart part, PartContext context)
        => Shapes(Shape("ExamplePart", new ExamplePartViewModel { Text = part.Text, ContentItem = context.Build.ContentItem }, context)
            .Location("Content", 1));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(ExamplePart part, PartContext context)
        => Shapes(Shape("ExamplePart_Edit", new ExamplePartViewModel { Text = part.Text, ContentItem = context.Build.ContentItem }, context));

    protected override async Task UpdateAsync(ExamplePart part, PartContext context, IUpdateModel updater)
    {
        var model = new ExamplePartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        part.Text = model.Text?.Trim() ?? "";
        var key = $"{context.Prefix}.{nameof(ExamplePart.Text)}";
        if (part.Text.Length == 0)
        {
            updater.ModelState.AddModelError(key, TextRequired);
        }
        else if (part.Text.Length > ExamplePart.MaxTextLength)
        {
            updater.ModelState.AddModelError(key, TextTooLong);
        }
    }
}
