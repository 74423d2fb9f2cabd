using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Metadata;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// The fields of a type's own part (the part named like the type, Orchard's convention):
/// add with settings, edit, reorder, remove after a confirmation that counts the items.
/// </summary>
[Admin]
[Authorize(Policy = "perm:ManageContentTypes")]
public sealed class ContentTypeFieldsController(
    IContentDefinitionManager definitions,
    ContentTypeService editor,
    ContentTypeCatalog catalog,
    ContentTypeNames names,
    ContentTypeUsage usage) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/ContentTypes/";

    [HttpGet(ContentTypeRoutes.Root + "/{name}/fields/new")]
    public async Task<IActionResult> Create([FromRoute] string name, [FromQuery] string? fieldType, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var form = new ContentFieldForm();
        if (fieldType is not null && catalog.IsFieldType(fieldType))
        {
            form.FieldType = fieldType;
            form.Settings = catalog.FieldSettingsType(fieldType) is { } settingsType ? SettingsForm.Describe(settingsType, []) : [];
        }

        return FieldView(type, form, isNew: true);
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/fields/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromRoute] string name, [FromForm] ContentFieldForm form, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (form.FieldType is null || !catalog.IsFieldType(form.FieldType))
        {
            ModelState.AddModelError(nameof(form.FieldType), "Hãy chọn kiểu trường có trong danh sách.");
            form.FieldType = null;
            return FieldView(type, form, isNew: true);
        }

        form.DisplayName = form.DisplayName?.Trim();
        form.Name = string.IsNullOrWhiteSpace(form.Name) ? names.Suggest(form.DisplayName) : form.Name.Trim();
        if (string.IsNullOrEmpty(form.DisplayName))
        {
            ModelState.AddModelError(nameof(form.DisplayName), "Hãy nhập tên hiển thị của trường (ví dụ Tóm tắt).");
        }

        if (names.FieldNameError(form.Name, await definitions.GetPartAsync(name, cancellationToken)) is { } nameError)
        {
            ModelState.AddModelError(nameof(form.Name), nameError);
        }

        var settingsType = catalog.FieldSettingsType(form.FieldType);
        var settings = settingsType is null ? null : SettingsForm.Apply(settingsType, [], form.Settings, ModelState);
        if (!ModelState.IsValid)
        {
            return FieldView(type, WithLabels(form, settingsType), isNew: true);
        }

        await editor.AddFieldAsync(name, form.FieldType, form.Name, form, settingsType?.Name, settings, cancellationToken);
        return await SavedAsync(name, $"Đã thêm trường “{form.DisplayName}” ({catalog.FieldLabel(form.FieldType)}).", cancellationToken);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}/fields/{field}")]
    public async Task<IActionResult> Edit([FromRoute] string name, [FromRoute] string field, CancellationToken cancellationToken)
    {
        if (await FieldAsync(name, field, cancellationToken) is not var (type, definition))
        {
            return NotFound();
        }

        var common = definition.GetSettings<ContentPartFieldSettings>();
        return FieldView(type, new ContentFieldForm
        {
            FieldType = definition.FieldName,
            Name = definition.Name,
            DisplayName = common.DisplayName ?? definition.Name,
            Description = common.Description,
            Settings = catalog.FieldSettingsType(definition.FieldName) is { } settingsType ? SettingsForm.Describe(settingsType, definition.Settings) : [],
        }, isNew: false);
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/fields/{field}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string name, [FromRoute] string field, [FromForm] ContentFieldForm form, CancellationToken cancellationToken)
    {
        if (await FieldAsync(name, field, cancellationToken) is not var (type, definition))
        {
            return NotFound();
        }

        ModelState.Clear();
        // The type and technical name are fixed once items may carry the field.
        form.FieldType = definition.FieldName;
        form.Name = definition.Name;
        form.DisplayName = form.DisplayName?.Trim();
        if (string.IsNullOrEmpty(form.DisplayName))
        {
            ModelState.AddModelError(nameof(form.DisplayName), "Hãy nhập tên hiển thị của trường.");
        }

        var settingsType = catalog.FieldSettingsType(definition.FieldName);
        var settings = settingsType is null ? null : SettingsForm.Apply(settingsType, definition.Settings, form.Settings, ModelState);
        if (!ModelState.IsValid)
        {
            return FieldView(type, WithLabels(form, settingsType), isNew: false);
        }

        await editor.UpdateFieldAsync(name, field, form, settingsType?.Name, settings, cancellationToken);
        return await SavedAsync(name, $"Đã lưu trường “{form.DisplayName}”.", cancellationToken);
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/fields/{field}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move([FromRoute] string name, [FromRoute] string field, [FromForm] string? direction, CancellationToken cancellationToken)
    {
        if (await FieldAsync(name, field, cancellationToken) is null)
        {
            return NotFound();
        }

        await editor.MoveFieldAsync(name, field, direction == "up", cancellationToken);
        return await SavedAsync(name, "Đã đổi thứ tự các trường.", cancellationToken);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}/fields/{field}/remove")]
    public async Task<IActionResult> Remove([FromRoute] string name, [FromRoute] string field, CancellationToken cancellationToken)
    {
        if (await FieldAsync(name, field, cancellationToken) is not var (type, definition))
        {
            return NotFound();
        }

        var displayName = definition.GetSettings<ContentPartFieldSettings>().DisplayName ?? definition.Name;
        return View(Views + "Remove.cshtml", new RemovalViewModel
        {
            Title = $"Xóa trường “{displayName}” của {type.DisplayName}",
            What = "trường này",
            Usage = await usage.ForPartAsync(name, cancellationToken),
            Consequence = "Dữ liệu đã lưu được giữ nguyên trong các phiên bản cũ nhưng sẽ không còn hiện/sửa được.",
            ConfirmUrl = ContentTypeRoutes.Field(name, field) + "/remove",
            CancelUrl = ContentTypeRoutes.Edit(name),
            ConfirmText = "Xóa trường",
            ItemsUrl = "/admin/contents?type=" + Uri.EscapeDataString(name),
        });
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/fields/{field}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove([FromRoute] string name, [FromRoute] string field, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (await FieldAsync(name, field, cancellationToken) is null)
        {
            return NotFound();
        }

        if (confirm != "yes")
        {
            return Redirect(ContentTypeRoutes.Field(name, field) + "/remove");
        }

        await editor.RemoveFieldAsync(name, field, cancellationToken);
        return await SavedAsync(name, "Đã xóa trường; dữ liệu đã lưu của các mục được giữ nguyên.", cancellationToken);
    }

    private async Task<(ContentTypeDefinition Type, ContentPartFieldDefinition Field)?> FieldAsync(string name, string field, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(name, cancellationToken) is { } type
           && await definitions.GetPartAsync(name, cancellationToken) is { } part
           && part.Fields.FirstOrDefault(f => f.Name == field) is { } definition
            ? (type, definition)
            : null;

    /// <summary>Re-rendering keeps what was typed; labels and kinds come from the settings class again.</summary>
    private static ContentFieldForm WithLabels(ContentFieldForm form, Type? settingsType)
    {
        if (settingsType is null)
        {
            form.Settings = [];
            return form;
        }

        var inputs = SettingsForm.Describe(settingsType, []);
        foreach (var input in inputs)
        {
            var sent = form.Settings.FirstOrDefault(s => s.Name == input.Name);
            input.Value = sent?.Value;
            input.Checked = sent?.Checked ?? false;
        }

        form.Settings = inputs;
        return form;
    }

    private ViewResult FieldView(ContentTypeDefinition type, ContentFieldForm form, bool isNew)
        => View(Views + "Field.cshtml", new ContentFieldEditViewModel
        {
            TypeName = type.Name,
            TypeDisplayName = type.DisplayName,
            IsNew = isNew,
            Form = form,
            FieldTypes = catalog.FieldTypes(),
            TypeLabel = form.FieldType is null ? null : catalog.FieldLabel(form.FieldType),
        });

    private async Task<IActionResult> SavedAsync(string name, string message, CancellationToken cancellationToken)
    {
        if (await editor.TrySaveAsync(cancellationToken))
        {
            TempData.Success(message);
        }
        else
        {
            TempData.Error(ContentTypeService.ConflictMessage);
        }

        return Redirect(ContentTypeRoutes.Edit(name));
    }
}
