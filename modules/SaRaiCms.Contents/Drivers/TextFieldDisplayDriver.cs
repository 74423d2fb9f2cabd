using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

public sealed class TextFieldDisplayDriver : ContentFieldDisplayDriver<TextField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(TextField field, FieldContext context)
        => string.IsNullOrEmpty(field.Text)
            ? Shapes()
            : Shapes(Shape("TextField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(TextField field, FieldContext context)
        => Shapes(Shape("TextField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(TextField field, FieldContext context, IUpdateModel updater)
    {
        var model = new TextFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<TextFieldSettings>();
        field.Text = string.IsNullOrWhiteSpace(model.Text) ? null : model.Text.Normalize(System.Text.NormalizationForm.FormC).Trim();
        var key = $"{context.Prefix}.{nameof(TextField.Text)}";
        if (settings.Required && field.Text is null)
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} là bắt buộc.");
        }
        else if (settings.MaxLength is { } max && field.Text?.Length > max)
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} dài tối đa {max} ký tự.");
        }
    }

    private static TextFieldViewModel Model(TextField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<TextFieldSettings>();
        return new TextFieldViewModel
        {
            Text = field.Text,
            Label = context.DisplayName,
            Hint = settings.Hint,
            Required = settings.Required,
            FieldName = context.Field.Name,
        };
    }
}
