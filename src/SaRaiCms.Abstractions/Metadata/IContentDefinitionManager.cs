namespace SaRaiCms.Metadata;

/// <summary>Reads and changes the site's content definitions (one document per site).</summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken = default);

    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Changes the definitions in the current unit of work; saved with the session.</summary>
    Task AlterAsync(Action<ContentDefinitionDocument> alter, CancellationToken cancellationToken = default);

    /// <summary>Creates or merges a type: settings are merged key by key, parts are added or updated, never removed.</summary>
    Task AlterTypeAsync(string name, Action<ContentTypeBuilder> build, CancellationToken cancellationToken = default);

    Task AlterPartAsync(string name, Action<ContentPartBuilder> build, CancellationToken cancellationToken = default);
}

/// <summary>Fluent helpers for migrations, in the spirit of Orchard's builders.</summary>
public sealed class ContentTypeBuilder(ContentTypeDefinition definition)
{
    public ContentTypeDefinition Definition { get; } = definition;

    public ContentTypeBuilder DisplayedAs(string displayName)
    {
        Definition.DisplayName = displayName;
        return this;
    }

    public ContentTypeBuilder WithSettings<T>(T settings) where T : notnull
    {
        Definition.PutSettings(settings);
        return this;
    }

    public ContentTypeBuilder Creatable(bool value = true) => AlterTypeSettings(s => s.Creatable = value);
    public ContentTypeBuilder Listable(bool value = true) => AlterTypeSettings(s => s.Listable = value);
    public ContentTypeBuilder Draftable(bool value = true) => AlterTypeSettings(s => s.Draftable = value);
    public ContentTypeBuilder Versionable(bool value = true) => AlterTypeSettings(s => s.Versionable = value);
    public ContentTypeBuilder Securable(bool value = true) => AlterTypeSettings(s => s.Securable = value);
    public ContentTypeBuilder Stereotype(string value) => AlterTypeSettings(s => s.Stereotype = value);

    private ContentTypeBuilder AlterTypeSettings(Action<ContentTypeSettings> alter)
    {
        var settings = Definition.GetSettings<ContentTypeSettings>();
        alter(settings);
        Definition.PutSettings(settings);
        return this;
    }

    /// <summary>Attaches a part under its own name, or under <paramref name="name"/> when given.</summary>
    public ContentTypeBuilder WithPart(string partName, Action<ContentTypePartDefinition>? configure = null, string? name = null)
    {
        var attachName = name ?? partName;
        var part = Definition.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == attachName);
        if (part is null)
        {
            part = new ContentTypePartDefinition { PartName = partName, Name = attachName };
            part.PutSettings(new ContentTypePartSettings { Position = Definition.ContentTypePartDefinitionRecords.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Definition.ContentTypePartDefinitionRecords.Add(part);
        }

        configure?.Invoke(part);
        return this;
    }
}

public sealed class ContentPartBuilder(ContentPartDefinition definition)
{
    public ContentPartDefinition Definition { get; } = definition;

    public ContentPartBuilder Attachable(bool value = true)
    {
        var settings = Definition.GetSettings<ContentPartSettings>();
        settings.Attachable = value;
        Definition.PutSettings(settings);
        return this;
    }

    public ContentPartBuilder WithField(string name, string fieldType, string? displayName = null, Action<ContentPartFieldDefinition>? configure = null)
    {
        var field = Definition.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == name);
        if (field is null)
        {
            field = new ContentPartFieldDefinition { Name = name, FieldName = fieldType };
            Definition.ContentPartFieldDefinitionRecords.Add(field);
        }

        field.FieldName = fieldType;
        var settings = field.GetSettings<ContentPartFieldSettings>();
        settings.DisplayName = displayName ?? settings.DisplayName ?? name;
        settings.Position ??= (Definition.ContentPartFieldDefinitionRecords.IndexOf(field)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        field.PutSettings(settings);
        configure?.Invoke(field);
        return this;
    }
}
