namespace SaRaiCms.Contents.Admin;

public sealed record ContentTypeRow(string Name, string DisplayName, IReadOnlyList<string> Parts, int Items, bool Creatable, string? Stereotype);

public sealed class ContentTypeListViewModel
{
    public required IReadOnlyList<ContentTypeRow> Rows { get; init; }
}

/// <summary>The type settings an administrator ticks (posted as checkboxes: missing means false).</summary>
public class ContentTypeSettingsForm
{
    public string DisplayName { get; set; } = "";
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }
}

public sealed class ContentTypeCreateForm : ContentTypeSettingsForm
{
    /// <summary>Left empty, it is made from the display name.</summary>
    public string? Name { get; set; }
    public bool WithTitle { get; set; }
    public bool WithAutoroute { get; set; }

    /// <summary>Left empty: "{prefix}/{{ ContentItem.DisplayText | slugify }}" with the prefix from the technical name.</summary>
    public string? AutoroutePattern { get; set; }

    /// <summary>Set by the "suggest" button: re-render with a technical name made from the display name.</summary>
    public string? Suggest { get; set; }
}

public sealed record TypePartRow(string Name, string PartName, string Label, bool IsOwnPart, bool HasSettings);

public sealed record TypeFieldRow(string Name, string FieldType, string TypeLabel, string DisplayName, string? Hint, bool Required);

public sealed class ContentTypeEditViewModel
{
    public required string Name { get; init; }
    public required ContentTypeSettingsForm Form { get; init; }
    public required IReadOnlyList<TypePartRow> Parts { get; init; }
    public required IReadOnlyList<TypeFieldRow> Fields { get; init; }
    public required IReadOnlyList<PartChoice> AttachableParts { get; init; }
    public required IReadOnlyList<FieldChoice> FieldTypes { get; init; }
    public required int Items { get; init; }
}

/// <summary>Adding or editing a field of a type's own part.</summary>
public sealed class ContentFieldForm
{
    public string? FieldType { get; set; }
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public List<SettingInput> Settings { get; set; } = [];
}

public sealed class ContentFieldEditViewModel
{
    public required string TypeName { get; init; }
    public required string TypeDisplayName { get; init; }
    public required bool IsNew { get; init; }
    public required ContentFieldForm Form { get; init; }
    public required IReadOnlyList<FieldChoice> FieldTypes { get; init; }
    public string? TypeLabel { get; init; }
}

/// <summary>A part's settings as attached to one type (the Autoroute pattern, a list's child types …).</summary>
public sealed class ContentPartSettingsViewModel
{
    public required string TypeName { get; init; }
    public required string TypeDisplayName { get; init; }
    public required string PartName { get; init; }
    public required string Label { get; init; }
    public required List<SettingInput> Settings { get; init; }
}

/// <summary>The page between a removal button and the removal: what it touches, and the explicit confirmation.</summary>
public sealed class RemovalViewModel
{
    public required string Title { get; init; }
    public required string What { get; init; }
    public required ItemUsage Usage { get; init; }
    public required string Consequence { get; init; }
    public required string ConfirmUrl { get; init; }
    public required string CancelUrl { get; init; }
    public required string ConfirmText { get; init; }
    public required string ItemsUrl { get; init; }

    /// <summary>Set when the removal is refused outright (a type that still has items).</summary>
    public string? Refusal { get; init; }
}

public static class ContentTypeRoutes
{
    public const string Root = "/admin/content-types";

    public static string Edit(string type) => $"{Root}/{type}";

    public static string Field(string type, string field) => $"{Root}/{type}/fields/{field}";

    public static string Part(string type, string part) => $"{Root}/{type}/parts/{part}";
}
