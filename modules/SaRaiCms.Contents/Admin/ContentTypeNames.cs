using System.Text.RegularExpressions;
using Fluid;
using SaRaiCms.Metadata;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Admin;

/// <summary>
/// Technical names of types and fields: suggested from the Vietnamese display name
/// ("Gương điển hình" → "GuongDienHinh") and checked, because they become JSON property names,
/// shape names and addresses and cannot change once items carry them.
/// </summary>
public sealed partial class ContentTypeNames(ISlugService slugs, ContentTypeCatalog catalog)
{
    public const int MaxLength = 64;

    // The item's fixed JSON properties and the editor's own route words.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "Id", "New", "Export",
    };

    private static readonly FluidParser Liquid = new();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    public string Suggest(string? displayName)
    {
        var words = slugs.Slugify(displayName ?? "").Split('-', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        name = new string(name.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (name.Length > 0 && !char.IsAsciiLetter(name[0]))
        {
            name = "Loai" + name;
        }

        return name.Length > MaxLength ? name[..MaxLength] : name;
    }

    /// <summary>"GuongDienHinh" → "guong-dien-hinh", the default path prefix of a new type.</summary>
    public static string PathPrefix(string technicalName)
        => string.Concat(technicalName.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Why <paramref name="name"/> cannot name a new type, or null.</summary>
    public string? TypeNameError(string name, IReadOnlyList<ContentTypeDefinition> types, IReadOnlyList<ContentPartDefinition> parts)
    {
        if (FormatError(name) is { } format)
        {
            return format;
        }

        if (types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return $"Đã có loại nội dung “{existing.DisplayName}” với tên kỹ thuật {existing.Name}; hãy chọn tên khác.";
        }

        if (Reserved.Contains(name) || catalog.IsReservedName(name))
        {
            return $"“{name}” là tên dành riêng của hệ thống; hãy chọn tên khác.";
        }

        return parts.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ? $"Đã có phần nội dung tên {name} (dùng chung cho các loại khác); hãy chọn tên khác."
            : null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a new field of <paramref name="part"/>, or null.</summary>
    public string? FieldNameError(string name, ContentPartDefinition? part)
    {
        if (FormatError(name) is { } format)
        {
            return format;
        }

        if (part?.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return $"Đã có trường “{existing.GetSettings<ContentPartFieldSettings>().DisplayName ?? existing.Name}” với tên kỹ thuật {existing.Name}; hãy chọn tên khác.";
        }

        return Reserved.Contains(name) || catalog.IsReservedName(name)
            ? $"“{name}” là tên dành riêng của hệ thống; hãy chọn tên khác."
            : null;
    }

    /// <summary>Why an Autoroute pattern cannot be used, or null.</summary>
    public static string? PatternError(string pattern)
        => string.IsNullOrWhiteSpace(pattern) ? "Hãy nhập mẫu đường dẫn."
            : !Liquid.TryParse(pattern, out _, out var error) ? $"Mẫu đường dẫn không đúng cú pháp Liquid: {error}"
            : null;

    private static string? FormatError(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Hãy nhập tên kỹ thuật.";
        }

        if (!Identifier().IsMatch(name))
        {
            return "Tên kỹ thuật chỉ gồm chữ cái không dấu (a–z, A–Z) và chữ số, bắt đầu bằng chữ cái, không có dấu cách (ví dụ GuongDienHinh).";
        }

        return name.Length > MaxLength ? $"Tên kỹ thuật dài tối đa {MaxLength} ký tự." : null;
    }
}
