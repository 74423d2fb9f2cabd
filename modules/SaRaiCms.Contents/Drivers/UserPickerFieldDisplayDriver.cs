using System.Text.RegularExpressions;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// Users chosen by id, typed comma-separated. There is no users module yet to list or name
/// users, so ids are only checked for shape, and nothing is displayed publicly (raw ids mean
/// nothing to readers); the users module will add a picker and user names.
/// </summary>
public sealed partial class UserPickerFieldDisplayDriver : ContentFieldDisplayDriver<UserPickerField>
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();

    protected override Task<IEnumerable<ShapeResult>> EditAsync(UserPickerField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<UserPickerFieldSettings>();
        return Shapes(Shape("UserPickerField_Edit", new UserPickerFieldViewModel
        {
            UserIds = string.Join(", ", field.UserIds),
            Multiple = settings.Multiple,
        }.Describe(context, settings.Hint, settings.Required), context));
    }

    protected override async Task UpdateAsync(UserPickerField field, FieldContext context, IUpdateModel updater)
    {
        var model = new UserPickerFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<UserPickerFieldSettings>();
        var key = context.Key(nameof(UserPickerFieldViewModel.UserIds));
        var ids = FieldInput.Ids(FieldInput.Clean(model.UserIds)?.Split(','));
        string? error = null;
        if (ids.Length == 0 && settings.Required)
        {
            error = context.RequiredMessage();
        }
        else if (ids.Length > 1 && !settings.Multiple)
        {
            error = $"{context.DisplayName} chỉ được chọn một người dùng.";
        }
        else if (ids.Where(id => !UserId().IsMatch(id)).ToList() is { Count: > 0 } invalid)
        {
            error = $"Mã người dùng không hợp lệ: {string.Join(", ", invalid)}.";
        }

        if (error is not null)
        {
            updater.ModelState.AddModelError(key, error);
            return;
        }

        field.UserIds = ids;
    }
}
