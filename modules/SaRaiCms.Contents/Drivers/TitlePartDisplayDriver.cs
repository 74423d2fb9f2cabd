using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// The title's editor follows the type's <see cref="TitlePartSettings.Options"/>: typed (optional or
/// required), or generated from the pattern by <see cref="Handlers.TitlePartHandler"/> and then shown
/// read-only or not at all.
/// </summary>
public sealed class TitlePartDisplayDriver : ContentPartDisplayDriver<TitlePart>
{
    public const string RequiredMessage = "Tiêu đề là bắt buộc.";

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(TitlePart part, PartContext context)
        => context.TypePart.GetSettings<TitlePartSettings>().RenderTitle
            ? Shapes(Shape("TitlePart", new TitlePartViewModel { Title = part.Title, ContentItem = context.Build.ContentItem }, context).Location("Header", 0))
            : Shapes();

    protected override Task<IEnumerable<ShapeResult>> EditAsync(TitlePart part, PartContext context)
    {
        var settings = context.TypePart.GetSettings<TitlePartSettings>();
        return settings.Options == TitlePartOptions.GeneratedHidden
            ? Shapes()
            : Shapes(Shape("TitlePart_Edit", new TitlePartViewModel
            {
                Title = part.Title,
                Required = settings.IsRequired,
                ReadOnly = settings.IsGenerated,
                ContentItem = context.Build.ContentItem,
            }, context));
    }

    protected override async Task UpdateAsync(TitlePart part, PartContext context, IUpdateModel updater)
    {
        var settings = context.TypePart.GetSettings<TitlePartSettings>();
        if (settings.IsGenerated)
        {
            return;
        }

        var model = new TitlePartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        part.Title = model.Title?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(part.Title) && settings.IsRequired)
        {
            updater.ModelState.AddModelError($"{context.Prefix}.{nameof(TitlePart.Title)}", RequiredMessage);
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
