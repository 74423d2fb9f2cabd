using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

public sealed class TitlePartDisplayDriver : ContentPartDisplayDriver<TitlePart>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(TitlePart part, PartContext context)
        => Shapes(Shape("TitlePart", new TitlePartViewModel { Title = part.Title, ContentItem = context.Build.ContentItem }, context).Location("Header", 0));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(TitlePart part, PartContext context)
        => Shapes(Shape("TitlePart_Edit", new TitlePartViewModel
        {
            Title = part.Title,
            Required = context.TypePart.GetSettings<TitlePartSettings>().Options == 2,
            ContentItem = context.Build.ContentItem,
        }, context));

    protected override async Task UpdateAsync(TitlePart part, PartContext context, IUpdateModel updater)
    {
        var model = new TitlePartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        part.Title = model.Title?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(part.Title) && context.TypePart.GetSettings<TitlePartSettings>().Options == 2)
        {
            updater.ModelState.AddModelError($"{context.Prefix}.{nameof(TitlePart.Title)}", "Tiêu đề là bắt buộc.");
        }
    }
}

public sealed class HtmlBodyPartDisplayDriver(Services.ContentHtml html) : ContentPartDisplayDriver<HtmlBodyPart>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(HtmlBodyPart part, PartContext context)
        => Shapes(Shape("HtmlBodyPart", new HtmlBodyPartViewModel { Html = part.Html, ContentItem = context.Build.ContentItem }, context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(HtmlBodyPart part, PartContext context)
        => Shapes(Shape("HtmlBodyPart_Edit", new HtmlBodyPartViewModel { Html = part.Html, ContentItem = context.Build.ContentItem }, context));

    protected override async Task UpdateAsync(HtmlBodyPart part, PartContext context, IUpdateModel updater)
    {
        var model = new HtmlBodyPartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        part.Html = html.Sanitize(model.Html);
    }
}
