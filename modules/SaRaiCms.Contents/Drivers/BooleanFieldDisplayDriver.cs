using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>A yes/no value: a checkbox (labelled by the settings' Label), shown as "Có" or "Không".</summary>
public sealed class BooleanFieldDisplayDriver : ContentFieldDisplayDriver<BooleanField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(BooleanField field, FieldContext context)
        => Shapes(Shape("BooleanField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(BooleanField field, FieldContext context)
        => Shapes(Shape("BooleanField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(BooleanField field, FieldContext context, IUpdateModel updater)
    {
        var model = new BooleanFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        if (updater.BindingFailed(context.Key(nameof(BooleanFieldViewModel.Value)), $"{context.DisplayName} không hợp lệ."))
        {
            return;
        }

        field.Value = model.Value;
    }

    private static BooleanFieldViewModel Model(BooleanField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<BooleanFieldSettings>();
        var model = new BooleanFieldViewModel { Value = field.Value }.Describe(context, settings.Hint, required: false);
        if (settings.Label is { Length: > 0 } label)
        {
            model.Label = label;
        }

        return model;
    }
}
