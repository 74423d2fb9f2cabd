using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// A link; its text follows the field's <see cref="LinkTextMode"/> (typed, required, the settings'
/// fixed text or the address itself). Only http, https, mailto, tel and site-relative "/..." URLs are accepted
/// (<see cref="SafeUrl.IsAllowedLink"/>); a stored URL that fails the same check (an import)
/// is never rendered.
/// </summary>
public sealed class LinkFieldDisplayDriver : ContentFieldDisplayDriver<LinkField>
{
    public const string UrlRefused = "Địa chỉ liên kết không hợp lệ: chỉ chấp nhận địa chỉ http, https, mailto, tel hoặc đường dẫn trong trang bắt đầu bằng \"/\".";

    public const string TextRequired = "Hãy nhập chữ hiển thị của liên kết.";

    private static readonly string[] Targets = ["_blank", "_self"];

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(LinkField field, FieldContext context)
        => SafeUrl.IsAllowedLink(field.Url) ? Shapes(Shape("LinkField", Model(field, context), context)) : Shapes();

    protected override Task<IEnumerable<ShapeResult>> EditAsync(LinkField field, FieldContext context)
        => Shapes(Shape("LinkField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(LinkField field, FieldContext context, IUpdateModel updater)
    {
        var model = new LinkFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<LinkFieldSettings>();
        var url = FieldInput.Clean(model.Url);
        var text = TextFor(settings, url, FieldInput.Clean(model.Text));
        var target = FieldInput.Clean(model.Target);
        var urlKey = context.Key(nameof(LinkFieldViewModel.Url));
        var valid = true;
        if (url is not null && text is null && settings.LinkTextMode == LinkTextMode.Required)
        {
            updater.ModelState.AddModelError(context.Key(nameof(LinkFieldViewModel.Text)), TextRequired);
            valid = false;
        }

        if (url is null && settings.Required)
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
        return new LinkFieldViewModel
        {
            Url = field.Url,
            Text = TextFor(settings, field.Url, field.Text),
            Target = field.Target,
            TextMode = settings.LinkTextMode,
        }.Describe(context, settings.Hint, settings.Required);
    }

    private static string? TextFor(LinkFieldSettings settings, string? url, string? typed) => settings.LinkTextMode switch
    {
        LinkTextMode.Static => FieldInput.Clean(settings.DefaultText),
        LinkTextMode.Url => url,
        _ => typed,
    };
}
