using System.Text;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>Shared steps of the field drivers: cleaning posted text, model-state keys and messages.</summary>
internal static class FieldInput
{
    /// <summary>NFC-normalised and trimmed; null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>The model-state key of a view model property: "Part.Field.Property".</summary>
    public static string Key(this FieldContext context, string property) => $"{context.Prefix}.{property}";

    public static string Key(this PartContext context, string property) => $"{context.Prefix}.{property}";

    public static string RequiredMessage(this FieldContext context) => $"{context.DisplayName} là bắt buộc.";

    /// <summary>
    /// True when MVC's binder could not convert the posted value (for example "abc" for a bool);
    /// its English message is replaced by <paramref name="message"/> so editors read Vietnamese.
    /// </summary>
    public static bool BindingFailed(this IUpdateModel updater, string key, string message)
    {
        if (!updater.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return false;
        }

        updater.ModelState.ClearValidationState(key);
        updater.ModelState.AddModelError(key, message);
        return true;
    }

    /// <summary>Lines of a textarea: NFC, trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text)
        => string.IsNullOrEmpty(text)
            ? []
            : text.Normalize(NormalizationForm.FormC).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Posted ids: trimmed, blanks and repeats dropped, order kept.</summary>
    public static string[] Ids(IEnumerable<string?>? ids)
        => (ids ?? []).Select(id => id?.Trim()).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Fills the label, hint and required flag every field view shows.</summary>
    public static T Describe<T>(this T model, FieldContext context, string? hint, bool required) where T : FieldViewModel
    {
        model.Label = context.DisplayName;
        model.Hint = hint;
        model.Required = required;
        model.FieldName = context.Field.Name;
        return model;
    }
}
