using Microsoft.Extensions.Options;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;

namespace SaRaiCms.Contents.Admin;

public sealed record PartChoice(string Name, string Label, bool IsCodePart);

public sealed record FieldChoice(string Name, string Label);

/// <summary>
/// The part and field types the content type editor offers, with their Vietnamese names and
/// settings classes, from what modules registered (<see cref="ContentOptions"/>).
/// </summary>
public sealed class ContentTypeCatalog(IOptions<ContentOptions> options)
{
    // Attached by the system to the items of a list or taxonomy, never by hand.
    private static readonly HashSet<string> SystemParts = new(StringComparer.Ordinal) { "ContainedPart", "TermPart" };

    private static readonly Dictionary<string, string> PartLabels = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = "Tiêu đề",
        ["AutoroutePart"] = "Đường dẫn (URL)",
        ["HtmlBodyPart"] = "Nội dung (soạn thảo HTML)",
        ["MarkdownBodyPart"] = "Nội dung (Markdown)",
        ["ListPart"] = "Danh sách mục con",
        ["BagPart"] = "Nhóm mục nhúng",
        ["TaxonomyPart"] = "Danh mục phân loại",
    };

    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["TextField"] = "Văn bản",
        ["NumericField"] = "Số",
        ["BooleanField"] = "Có / không",
        ["DateField"] = "Ngày",
        ["DateTimeField"] = "Ngày và giờ",
        ["TimeField"] = "Giờ",
        ["HtmlField"] = "Văn bản định dạng (HTML)",
        ["MarkdownField"] = "Văn bản Markdown",
        ["LinkField"] = "Liên kết",
        ["MultiTextField"] = "Nhiều giá trị văn bản",
        ["ContentPickerField"] = "Chọn nội dung khác",
        ["UserPickerField"] = "Chọn người dùng",
        ["MediaField"] = "Ảnh, tệp đính kèm",
        ["TaxonomyField"] = "Chuyên mục (danh mục phân loại)",
    };

    private readonly ContentOptions _options = options.Value;

    public bool IsCodePart(string name) => _options.PartTypes.ContainsKey(name);

    public bool IsFieldType(string name) => _options.FieldTypes.ContainsKey(name);

    /// <summary>Names a new type, part or field may not take: code parts and field types (they name JSON properties and shapes).</summary>
    public bool IsReservedName(string name)
        => _options.PartTypes.Keys.Concat(_options.FieldTypes.Keys).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    public string PartLabel(string partName, ContentPartDefinition? definition = null)
        => PartLabels.TryGetValue(partName, out var label) ? label
            : definition?.GetSettings<ContentPartSettings>().DisplayName is { Length: > 0 } display ? display
            : partName;

    public string FieldLabel(string fieldType) => FieldLabels.TryGetValue(fieldType, out var label) ? label : fieldType;

    /// <summary>Parts an administrator may attach: every registered part but the system's own, and definition-only parts marked attachable.</summary>
    public IReadOnlyList<PartChoice> AttachableParts(IEnumerable<ContentPartDefinition> definedParts)
    {
        var code = _options.PartTypes.Keys
            .Where(n => !SystemParts.Contains(n))
            .Select(n => new PartChoice(n, PartLabel(n), IsCodePart: true));
        var defined = definedParts
            .Where(p => !IsCodePart(p.Name) && p.GetSettings<ContentPartSettings>().Attachable)
            .Select(p => new PartChoice(p.Name, PartLabel(p.Name, p), IsCodePart: false));
        return code.Concat(defined)
            .OrderBy(p => PartLabels.ContainsKey(p.Name) ? 0 : 1).ThenBy(p => p.Label, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<FieldChoice> FieldTypes()
        => _options.FieldTypes.Keys
            .Select(n => new FieldChoice(n, FieldLabel(n)))
            .OrderBy(f => FieldLabels.Keys.ToList().IndexOf(f.Name) is var i and >= 0 ? i : int.MaxValue).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The settings class of a field type by Orchard's naming ("TextField" → "TextFieldSettings"), or null.</summary>
    public Type? FieldSettingsType(string fieldType)
        => _options.FieldTypes.TryGetValue(fieldType, out var type) ? SettingsTypeOf(type) : null;

    public Type? PartSettingsType(string partName)
        => _options.PartTypes.TryGetValue(partName, out var type) ? SettingsTypeOf(type) : null;

    private static Type? SettingsTypeOf(Type type) => ContentOptions.SettingsTypeOf(type);
}
