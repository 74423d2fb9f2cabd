using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// The item's public path. Nothing is displayed on the item itself. The editor offers the path
/// only when the type's <see cref="AutoroutePartSettings.AllowCustomPath"/> is set; otherwise the
/// path is made from the pattern by <see cref="Handlers.AutoroutePartHandler"/> and only shown.
/// </summary>
public sealed class AutoroutePartDisplayDriver : ContentPartDisplayDriver<AutoroutePart>
{
    protected override Task<IEnumerable<ShapeResult>> EditAsync(AutoroutePart part, PartContext context)
    {
        var settings = context.TypePart.GetSettings<AutoroutePartSettings>();
        return Shapes(Shape("AutoroutePart_Edit", new AutoroutePartViewModel
        {
            Path = part.Path,
            SetHomepage = part.SetHomepage,
            AllowCustomPath = settings.AllowCustomPath,
            ShowHomepageOption = settings.ShowHomepageOption,
        }, context));
    }

    protected override async Task UpdateAsync(AutoroutePart part, PartContext context, IUpdateModel updater)
    {
        var settings = context.TypePart.GetSettings<AutoroutePartSettings>();
        if (!settings.AllowCustomPath && !settings.ShowHomepageOption)
        {
            // Nothing here is editable: a posted path is ignored, not trusted.
            return;
        }

        var model = new AutoroutePartViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        if (settings.ShowHomepageOption && !updater.BindingFailed(context.Key(nameof(AutoroutePart.SetHomepage)), "Giá trị trang chủ không hợp lệ."))
        {
            part.SetHomepage = model.SetHomepage;
        }

        if (!settings.AllowCustomPath)
        {
            return;
        }

        // Blank: the handler makes the path from the type's pattern when the item is saved.
        var path = AutorouteService.CleanPath(FieldInput.Clean(model.Path) ?? "");
        if (path.Length > 0 && AutorouteService.ValidateCustomPath(path) is { } error)
        {
            updater.ModelState.AddModelError(context.Key(nameof(AutoroutePart.Path)), error);
            return;
        }

        part.Path = path;
    }
}
