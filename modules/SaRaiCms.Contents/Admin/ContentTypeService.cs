using System.Globalization;
using System.Text.Json.Nodes;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Admin;

/// <summary>
/// The content type editor's changes to the definitions document. Each one goes through
/// <see cref="IContentDefinitionManager.AlterAsync"/> in the request's unit of work and is
/// written only by <see cref="TrySaveAsync"/>, which controllers call once the input is valid.
/// Following Orchard Core, a type's own fields live on a part named like the type.
/// </summary>
public sealed class ContentTypeService(IContentDefinitionManager definitions, IDocumentSession session)
{
    public const string ConflictMessage = "Định nghĩa nội dung vừa được người khác thay đổi nên thay đổi này chưa được lưu; hãy làm lại.";

    /// <summary>Definitions are one document: when someone else saved it meanwhile, theirs wins and this change is dropped (false).</summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DocumentConcurrencyException)
        {
            return false;
        }
    }

    public Task CreateAsync(string name, ContentTypeCreateForm form, string? autoroutePattern, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            var type = new ContentTypeDefinition { Name = name, DisplayName = form.DisplayName.Trim() };
            ApplySettings(type, form);
            var builder = new ContentTypeBuilder(type);
            if (form.WithTitle)
            {
                builder.WithPart(nameof(TitlePart), p => p.PutSettings(new TitlePartSettings { Options = TitlePartOptions.EditableRequired }));
            }

            builder.WithPart(name);
            if (autoroutePattern is not null)
            {
                builder.WithPart(nameof(AutoroutePart), p => p.PutSettings(new AutoroutePartSettings { Pattern = autoroutePattern }));
            }

            document.ContentTypes.Add(type);
            if (document.ContentParts.All(p => p.Name != name))
            {
                document.ContentParts.Add(new ContentPartDefinition { Name = name });
            }
        }, cancellationToken);

    public Task UpdateAsync(string name, ContentTypeSettingsForm form, CancellationToken cancellationToken)
        => AlterTypeAsync(name, type =>
        {
            type.DisplayName = form.DisplayName.Trim();
            ApplySettings(type, form);
        }, cancellationToken);

    public Task AttachPartAsync(string name, string partName, CancellationToken cancellationToken)
        => AlterTypeAsync(name, type =>
        {
            Renumber(type.OrderedParts());
            new ContentTypeBuilder(type).WithPart(partName);
        }, cancellationToken);

    public Task DetachPartAsync(string name, string attachName, CancellationToken cancellationToken)
        => AlterTypeAsync(name, type => type.ContentTypePartDefinitionRecords.RemoveAll(p => p.Name == attachName), cancellationToken);

    public Task MovePartAsync(string name, string attachName, bool up, CancellationToken cancellationToken)
        => AlterTypeAsync(name, type => Renumber(Move(type.OrderedParts().ToList(), p => p.Name == attachName, up)), cancellationToken);

    /// <summary>Replaces one settings class of an attached part; its other settings (Position …) stay.</summary>
    public Task SetPartSettingsAsync(string name, string attachName, string settingsKey, JsonObject value, CancellationToken cancellationToken)
        => AlterTypeAsync(name, type =>
        {
            if (type.Parts.FirstOrDefault(p => p.Name == attachName) is { } part)
            {
                part.Settings[settingsKey] = value;
            }
        }, cancellationToken);

    public Task AddFieldAsync(string typeName, string fieldType, string fieldName, ContentFieldForm form, string? settingsKey, JsonObject? settings, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            // The own part may have been detached (or the type came from a recipe without one).
            var type = document.ContentTypes.First(t => t.Name == typeName);
            if (type.Parts.All(p => p.PartName != typeName))
            {
                Renumber(type.OrderedParts());
                new ContentTypeBuilder(type).WithPart(typeName);
            }

            var part = OwnPart(document, typeName);
            Renumber(part.OrderedFields());
            new ContentPartBuilder(part).WithField(fieldName, fieldType, form.DisplayName?.Trim(), field => ApplyField(field, form, settingsKey, settings));
        }, cancellationToken);

    public Task UpdateFieldAsync(string typeName, string fieldName, ContentFieldForm form, string? settingsKey, JsonObject? settings, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            if (OwnPart(document, typeName).Fields.FirstOrDefault(f => f.Name == fieldName) is { } field)
            {
                ApplyField(field, form, settingsKey, settings);
            }
        }, cancellationToken);

    public Task MoveFieldAsync(string typeName, string fieldName, bool up, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            var part = OwnPart(document, typeName);
            Renumber(Move(part.OrderedFields().ToList(), f => f.Name == fieldName, up));
        }, cancellationToken);

    public Task RemoveFieldAsync(string typeName, string fieldName, CancellationToken cancellationToken)
        => definitions.AlterAsync(document => OwnPart(document, typeName).ContentPartFieldDefinitionRecords.RemoveAll(f => f.Name == fieldName), cancellationToken);

    /// <summary>Removes the type and, when no other type uses it, its own part. Items are never touched here.</summary>
    public Task DeleteTypeAsync(string name, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            document.ContentTypes.RemoveAll(t => t.Name == name);
            if (document.ContentTypes.All(t => t.Parts.All(p => p.PartName != name)))
            {
                document.ContentParts.RemoveAll(p => p.Name == name);
            }
        }, cancellationToken);

    private Task AlterTypeAsync(string name, Action<ContentTypeDefinition> alter, CancellationToken cancellationToken)
        => definitions.AlterAsync(document =>
        {
            if (document.ContentTypes.FirstOrDefault(t => t.Name == name) is { } type)
            {
                alter(type);
            }
        }, cancellationToken);

    private static ContentPartDefinition OwnPart(ContentDefinitionDocument document, string typeName)
    {
        var part = document.ContentParts.FirstOrDefault(p => p.Name == typeName);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = typeName };
            document.ContentParts.Add(part);
        }

        return part;
    }

    private static void ApplySettings(ContentTypeDefinition type, ContentTypeSettingsForm form)
    {
        var settings = type.GetSettings<ContentTypeSettings>();
        settings.Creatable = form.Creatable;
        settings.Listable = form.Listable;
        settings.Draftable = form.Draftable;
        settings.Versionable = form.Versionable;
        settings.Securable = form.Securable;
        type.PutSettings(settings);
    }

    private static void ApplyField(ContentPartFieldDefinition field, ContentFieldForm form, string? settingsKey, JsonObject? settings)
    {
        var common = field.GetSettings<ContentPartFieldSettings>();
        common.DisplayName = string.IsNullOrWhiteSpace(form.DisplayName) ? field.Name : form.DisplayName.Trim();
        common.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        field.PutSettings(common);
        if (settingsKey is not null && settings is not null)
        {
            field.Settings[settingsKey] = settings;
        }
    }

    private static List<T> Move<T>(List<T> ordered, Func<T, bool> match, bool up)
    {
        var index = ordered.FindIndex(x => match(x));
        var other = up ? index - 1 : index + 1;
        if (index >= 0 && other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        }

        return ordered;
    }

    /// <summary>Writes Position 0, 1, 2 … in the given order, so a move is a swap of neighbours.</summary>
    private static void Renumber(IEnumerable<ContentTypePartDefinition> parts)
    {
        var i = 0;
        foreach (var part in parts)
        {
            var settings = part.GetSettings<ContentTypePartSettings>();
            settings.Position = (i++).ToString(CultureInfo.InvariantCulture);
            part.PutSettings(settings);
        }
    }

    private static void Renumber(IEnumerable<ContentPartFieldDefinition> fields)
    {
        var i = 0;
        foreach (var field in fields)
        {
            var settings = field.GetSettings<ContentPartFieldSettings>();
            settings.Position = (i++).ToString(CultureInfo.InvariantCulture);
            field.PutSettings(settings);
        }
    }
}
