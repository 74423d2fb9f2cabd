using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SaRaiCms.ContentManagement;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Admin;

public enum SettingKind
{
    Boolean,
    Text,
    Integer,
    Decimal,
    List,

    /// <summary>One of an enum's named values, chosen from a list (stored by name, as Orchard does).</summary>
    Choice,
}

/// <summary>One value of a <see cref="SettingKind.Choice"/>: the stored name and its Vietnamese label.</summary>
public sealed record SettingChoice(string Value, string Label);

/// <summary>One property of a settings class as a form input (posted back as <c>Settings[i].Name/Value/Checked</c>).</summary>
public sealed class SettingInput
{
    public string Name { get; set; } = "";
    public string? Value { get; set; }
    public bool Checked { get; set; }

    [BindNever] public string Label { get; set; } = "";
    [BindNever] public SettingKind Kind { get; set; }
    [BindNever] public IReadOnlyList<SettingChoice> Choices { get; set; } = [];
}

/// <summary>
/// Edits any settings class (TextFieldSettings, AutoroutePartSettings, …) through its simple
/// public properties (bool, string, int, decimal, string lists, enums), so a module's new field type
/// gets a settings form without a view of its own. Values are stored under the class name.
/// </summary>
public static class SettingsForm
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Required"] = "Bắt buộc nhập",
        ["Hint"] = "Gợi ý cho người nhập",
        ["MaxLength"] = "Độ dài tối đa (ký tự)",
        ["Scale"] = "Số chữ số thập phân",
        ["Minimum"] = "Giá trị nhỏ nhất",
        ["Maximum"] = "Giá trị lớn nhất",
        ["Multiple"] = "Cho chọn nhiều",
        ["DisplayedContentTypes"] = "Loại nội dung được chọn (tên kỹ thuật, cách nhau bởi dấu phẩy)",
        ["TaxonomyContentItemId"] = "Mã của danh mục phân loại (ContentItemId)",
        ["Unique"] = "Chỉ chọn một mục",
        ["Label"] = "Nhãn của ô đánh dấu",
        ["Pattern"] = "Mẫu tạo tự động (Liquid)",
        ["AllowCustomPath"] = "Cho người soạn nhập đường dẫn riêng",
        ["ShowHomepageOption"] = "Cho đặt làm trang chủ",
        ["ContainedContentTypes"] = "Loại của mục con (tên kỹ thuật, cách nhau bởi dấu phẩy)",
        ["PageSize"] = "Số mục mỗi trang",
        ["Options"] = "Cách nhập tiêu đề",
        ["RenderTitle"] = "Hiện tiêu đề trên trang xem",
        ["LinkTextMode"] = "Chữ hiển thị của liên kết",
        ["DefaultText"] = "Chữ cố định (khi dùng chữ cố định)",
    };

    public static IReadOnlyList<PropertyInfo> Properties(Type settingsType)
        => settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && KindOf(p.PropertyType) is not null)
            .ToList();

    public static List<SettingInput> Describe(Type settingsType, JsonObject settings)
    {
        var current = Read(settingsType, settings);
        return Properties(settingsType).Select(p =>
        {
            var kind = KindOf(p.PropertyType)!.Value;
            var value = p.GetValue(current);
            return new SettingInput
            {
                Name = p.Name,
                Label = Labels.TryGetValue(p.Name, out var label) ? label : p.Name,
                Kind = kind,
                Choices = kind == SettingKind.Choice ? ChoicesOf(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) : [],
                Checked = value is true,
                Value = kind switch
                {
                    SettingKind.Boolean => null,
                    SettingKind.List => value is string[] list ? string.Join(", ", list) : null,
                    SettingKind.Decimal => value is decimal d ? d.ToString(NumberInput.Vietnamese) : null,
                    SettingKind.Choice => value?.ToString(),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                },
            };
        }).ToList();
    }

    /// <summary>
    /// Puts the posted values into the settings (other keys kept); each unreadable value adds a
    /// Vietnamese error under <c>{prefix}[i].Value</c>. Returns the new settings object, or null when invalid.
    /// </summary>
    public static JsonObject? Apply(Type settingsType, JsonObject settings, IReadOnlyList<SettingInput>? posted, ModelStateDictionary modelState, string prefix = "Settings")
    {
        var target = Read(settingsType, settings);
        var valid = true;
        var inputs = Describe(settingsType, settings);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var property = settingsType.GetProperty(input.Name)!;
            var sent = posted?.FirstOrDefault(s => s.Name == input.Name);
            var text = sent?.Value?.Trim();
            var key = $"{prefix}[{i}].Value";
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || !property.PropertyType.IsValueType;
            switch (input.Kind)
            {
                case SettingKind.Boolean:
                    property.SetValue(target, sent?.Checked ?? false);
                    break;
                case SettingKind.Text:
                    property.SetValue(target, string.IsNullOrEmpty(text) ? (IsNullableReference(property) ? null : "") : text);
                    break;
                case SettingKind.List:
                    property.SetValue(target, (text ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case SettingKind.Integer when string.IsNullOrEmpty(text):
                case SettingKind.Decimal when string.IsNullOrEmpty(text):
                    if (nullable)
                    {
                        property.SetValue(target, null);
                    }
                    else
                    {
                        modelState.AddModelError(key, $"{input.Label}: hãy nhập một số.");
                        valid = false;
                    }

                    break;
                case SettingKind.Integer:
                    if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= 0)
                    {
                        property.SetValue(target, n);
                    }
                    else
                    {
                        modelState.AddModelError(key, $"{input.Label}: phải là số nguyên không âm (ví dụ 10).");
                        valid = false;
                    }

                    break;
                case SettingKind.Choice:
                    if (input.Choices.FirstOrDefault(c => c.Value == text) is { } choice)
                    {
                        property.SetValue(target, Enum.Parse(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, choice.Value));
                    }
                    else
                    {
                        modelState.AddModelError(key, $"{input.Label}: hãy chọn một giá trị trong danh sách.");
                        valid = false;
                    }

                    break;
                case SettingKind.Decimal:
                    if (NumberInput.TryParse(text, out var d))
                    {
                        property.SetValue(target, d);
                    }
                    else
                    {
                        modelState.AddModelError(key, $"{input.Label}: phải là một số (ví dụ 10 hoặc 2,5).");
                        valid = false;
                    }

                    break;
            }
        }

        return valid ? ContentSerializer.ToNode(target) : null;
    }

    private static object Read(Type settingsType, JsonObject settings)
        => settings.TryGetPropertyValue(settingsType.Name, out var node) && node is JsonObject obj
            ? obj.Deserialize(settingsType, ContentSerializer.Options) ?? Activator.CreateInstance(settingsType)!
            : Activator.CreateInstance(settingsType)!;

    private static bool IsNullableReference(PropertyInfo property)
        => new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    /// <summary>An enum's values in declaration order, labelled by their <see cref="DisplayAttribute"/>.</summary>
    private static IReadOnlyList<SettingChoice> ChoicesOf(Type enumType)
        => enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => new SettingChoice(f.Name, f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name))
            .ToList();

    private static SettingKind? KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            return SettingKind.Choice;
        }

        if (t == typeof(bool))
        {
            return SettingKind.Boolean;
        }

        if (t == typeof(string))
        {
            return SettingKind.Text;
        }

        if (t == typeof(int))
        {
            return SettingKind.Integer;
        }

        if (t == typeof(decimal))
        {
            return SettingKind.Decimal;
        }

        return t == typeof(string[]) ? SettingKind.List : null;
    }
}
