using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// A link. Only http, https, mailto, tel and site-relative "/..." URLs are accepted
/// (<see cref="SafeUrl.IsAllowedLink"/>); a stored URL that fails the same check (an import)
/// is never rendered.
/// </summary>
public sealed class LinkFieldDisplayDriver : ContentFieldDisplayDriver<LinkField>
{
    public const string UrlRefused = "Địa chỉ liên kết không hợp lệ: chỉ chấp nhận địa chỉ http, https, mailto, tel hoặc đường dẫn trong trang bắt đầu bằng \"/\".";

    private static readonly string[] Targets = ["_blank", "_self"];

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(LinkField field, FieldContext context)
        => SafeUrl.IsAllowedLink(field.Url) ? Shapes(Shape("LinkField", Model(field, context), context)) : Shapes();

    protected override Task<IEnumerable<ShapeResult>> EditAsync(LinkField field, FieldContext context)
        => Shapes(Shape("LinkField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(LinkField field, FieldContext context, IUpdateModel updater)
    {
        var model = new LinkFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var url = FieldInput.Clean(model.Url);
        var text = FieldInput.Clean(model.Text);
        var target = FieldInput.Clean(model.Target);
        var urlKey = context.Key(nameof(LinkFieldViewModel.Url));
        var valid = true;
        if (url is null && context.Field.GetSettings<LinkFieldSettings>().Required)
        {
            updater.ModelState.AddModelError(urlKey, context.RequiredMessage());
            valid = false;
        }
        else if (url is not null && !SafeUrl.IsAllowedLink(url))
        {
            updater.ModelState.AddModelError(urlKey, UrlRefused);
            valid = false;
        }

        if (target is not null && !Targets.Contains(target, StringComparer.Ordinal))
        {
            updater.ModelState.AddModelError(context.Key(nameof(LinkFieldViewModel.Target)), "Cách mở liên kết không hợp lệ.");
            valid = false;
        }

        if (valid)
        {
            field.Url = url;
            field.Text = text;
            field.Target = target;
        }
    }

    private static LinkFieldViewModel Model(LinkField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<LinkFieldSettings>();
        return new LinkFieldViewModel { Url = field.Url, Text = field.Text, Target = field.Target }.Describe(context, settings.Hint, settings.Required);
    }
}
