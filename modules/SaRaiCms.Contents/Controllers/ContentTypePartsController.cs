using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Metadata;

namespace SaRaiCms.Contents.Controllers;

/// <summary>The parts attached to a type: attach, reorder, their per-type settings, and removal after a confirmation that counts the items.</summary>
[Admin]
[Authorize(Policy = "perm:ManageContentTypes")]
public sealed class ContentTypePartsController(
    IContentDefinitionManager definitions,
    ContentTypeService editor,
    ContentTypeCatalog catalog,
    ContentTypeUsage usage) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/ContentTypes/";

    [HttpPost(ContentTypeRoutes.Root + "/{name}/parts")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AttachPart([FromRoute] string name, [FromForm] string? partName, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var choice = catalog.AttachableParts(await definitions.ListPartsAsync(cancellationToken)).FirstOrDefault(p => p.Name == partName);
        if (choice is null || type.Parts.Any(p => p.Name == choice.Name))
        {
            TempData.Error(choice is null ? "Hãy chọn một phần có trong danh sách." : $"Loại này đã có phần “{choice.Label}”.");
            return Redirect(ContentTypeRoutes.Edit(name));
        }

        await editor.AttachPartAsync(name, choice.Name, cancellationToken);
        return await SavedAsync(name, $"Đã gắn phần “{choice.Label}”.", cancellationToken);
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/parts/{part}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MovePart([FromRoute] string name, [FromRoute] string part, [FromForm] string? direction, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type || type.Parts.All(p => p.Name != part))
        {
            return NotFound();
        }

        await editor.MovePartAsync(name, part, direction == "up", cancellationToken);
        return await SavedAsync(name, "Đã đổi thứ tự các phần.", cancellationToken);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}/parts/{part}")]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string part, CancellationToken cancellationToken)
    {
        if (await PartWithSettingsAsync(name, part, cancellationToken) is not var (type, typePart, settingsType))
        {
            return NotFound();
        }

        return PartSettingsView(type, typePart, SettingsForm.Describe(settingsType, typePart.Settings));
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/parts/{part}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string part, [FromForm] List<SettingInput>? settings, CancellationToken cancellationToken)
    {
        if (await PartWithSettingsAsync(name, part, cancellationToken) is not var (type, typePart, settingsType))
        {
            return NotFound();
        }

        ModelState.Clear();
        var value = SettingsForm.Apply(settingsType, typePart.Settings, settings, ModelState);
        if (value?["Pattern"] is JsonValue pattern && ContentTypeNames.PatternError(pattern.ToString()) is { } patternError)
        {
            var index = SettingsForm.Properties(settingsType).ToList().FindIndex(p => p.Name == "Pattern");
            ModelState.AddModelError($"Settings[{index}].Value", patternError);
            value = null;
        }

        if (value is null)
        {
            var inputs = SettingsForm.Describe(settingsType, typePart.Settings);
            foreach (var input in inputs)
            {
                var sent = settings?.FirstOrDefault(s => s.Name == input.Name);
                input.Value = sent?.Value;
                input.Checked = sent?.Checked ?? false;
            }

            return PartSettingsView(type, typePart, inputs);
        }

        await editor.SetPartSettingsAsync(name, part, settingsType.Name, value, cancellationToken);
        return await SavedAsync(name, $"Đã lưu thiết lập của phần “{catalog.PartLabel(typePart.PartName)}”.", cancellationToken);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}/parts/{part}/remove")]
    public async Task<IActionResult> RemovePart([FromRoute] string name, [FromRoute] string part, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type || type.Parts.FirstOrDefault(p => p.Name == part) is not { } typePart)
        {
            return NotFound();
        }

        var label = typePart.PartName == name ? "Trường riêng của loại" : catalog.PartLabel(typePart.PartName);
        var used = await usage.ForTypesAsync([name], cancellationToken);
        return View(Views + "Remove.cshtml", new RemovalViewModel
        {
            Title = $"Gỡ phần “{label}” khỏi {type.DisplayName}",
            What = "phần này",
            Usage = used,
            Consequence = "Dữ liệu đã lưu của phần được giữ nguyên trong các phiên bản cũ nhưng sẽ không còn hiện/sửa được. Gắn lại phần thì dữ liệu hiện lại.",
            ConfirmUrl = ContentTypeRoutes.Part(name, part) + "/remove",
            CancelUrl = ContentTypeRoutes.Edit(name),
            ConfirmText = "Gỡ phần",
            ItemsUrl = "/admin/contents?type=" + Uri.EscapeDataString(name),
        });
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/parts/{part}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemovePart([FromRoute] string name, [FromRoute] string part, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type || type.Parts.All(p => p.Name != part))
        {
            return NotFound();
        }

        if (confirm != "yes")
        {
            return Redirect(ContentTypeRoutes.Part(name, part) + "/remove");
        }

        await editor.DetachPartAsync(name, part, cancellationToken);
        return await SavedAsync(name, "Đã gỡ phần; dữ liệu đã lưu của các mục được giữ nguyên.", cancellationToken);
    }

    private async Task<(ContentTypeDefinition Type, ContentTypePartDefinition Part, Type SettingsType)?> PartWithSettingsAsync(string name, string part, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(name, cancellationToken) is { } type
           && type.Parts.FirstOrDefault(p => p.Name == part) is { } typePart
           && catalog.PartSettingsType(typePart.PartName) is { } settingsType
            ? (type, typePart, settingsType)
            : null;

    private ViewResult PartSettingsView(ContentTypeDefinition type, ContentTypePartDefinition part, List<SettingInput> inputs)
        => View(Views + "PartSettings.cshtml", new ContentPartSettingsViewModel
        {
            TypeName = type.Name,
            TypeDisplayName = type.DisplayName,
            PartName = part.Name,
            Label = catalog.PartLabel(part.PartName),
            Settings = inputs,
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
