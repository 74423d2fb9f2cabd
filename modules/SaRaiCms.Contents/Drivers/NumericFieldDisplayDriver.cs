using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// A decimal number. The editor is a text input so that Vietnamese notation can be typed
/// ("1.380", "45,45"); <see cref="NumberInput"/> also reads what number inputs post ("45.45").
/// Shown grouped with the field's Scale: "1.380", "45,45".
/// </summary>
public sealed class NumericFieldDisplayDriver : ContentFieldDisplayDriver<NumericField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(NumericField field, FieldContext context)
        => field.Value is null ? Shapes() : Shapes(Shape("NumericField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(NumericField field, FieldContext context)
        => Shapes(Shape("NumericField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(NumericField field, FieldContext context, IUpdateModel updater)
    {
        var model = new NumericFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<NumericFieldSettings>();
        var key = context.Key(nameof(NumericFieldViewModel.Value));
        var text = FieldInput.Clean(model.Value);
        if (text is null)
        {
            if (settings.Required)
            {
                updater.ModelState.AddModelError(key, context.RequiredMessage());
                return;
            }

            field.Value = null;
            return;
        }

        if (!NumberInput.TryParse(text, out var value))
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} phải là một số (ví dụ 1.380 hoặc 45,45).");
            return;
        }

        var scale = Math.Clamp(settings.Scale, 0, 28);
        string? error = null;
        if (decimal.Round(value, scale) != value)
        {
            error = scale == 0
                ? $"{context.DisplayName} phải là số nguyên."
                : $"{context.DisplayName} chỉ được có tối đa {scale} chữ số thập phân.";
        }
        else if (settings.Minimum is { } min && value < min)
        {
            error = $"{context.DisplayName} phải lớn hơn hoặc bằng {NumberInput.FormatForEditor(min)}.";
        }
        else if (settings.Maximum is { } max && value > max)
        {
            error = $"{context.DisplayName} phải nhỏ hơn hoặc bằng {NumberInput.FormatForEditor(max)}.";
        }

        if (error is not null)
        {
            updater.ModelState.AddModelError(key, error);
            return;
        }

        field.Value = value;
    }

    private static NumericFieldViewModel Model(NumericField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<NumericFieldSettings>();
        return new NumericFieldViewModel
        {
            Value = field.Value is { } value ? NumberInput.FormatForEditor(value) : null,
            Formatted = field.Value is { } shown ? NumberInput.Format(shown, settings.Scale) : "",
            Scale = settings.Scale,
            Minimum = settings.Minimum,
            Maximum = settings.Maximum,
        }.Describe(context, settings.Hint, settings.Required);
    }
}
