using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Metadata;
using SaRaiCms.Recipes;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// /admin/content-types: the list, creating a type, its name and settings, deleting it, and
/// exporting definitions as a recipe. Parts are in <see cref="ContentTypePartsController"/>,
/// fields in <see cref="ContentTypeFieldsController"/>.
/// A type that still has items is never deleted: the page says how many and where to remove them.
/// </summary>
[Admin]
[Authorize(Policy = "perm:ManageContentTypes")]
public sealed class ContentTypesController(
    IContentDefinitionManager definitions,
    ContentTypeService editor,
    ContentTypeCatalog catalog,
    ContentTypeNames names,
    ContentTypeUsage usage,
    RecipeExporter exporter) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/ContentTypes/";

    [HttpGet(ContentTypeRoutes.Root)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await usage.LatestCountsAsync(cancellationToken);
        var parts = await definitions.ListPartsAsync(cancellationToken);
        var rows = (await definitions.ListTypesAsync(cancellationToken))
            .OrderBy(t => t.DisplayName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .Select(t => new ContentTypeRow(
                t.Name,
                t.DisplayName,
                t.OrderedParts().Select(p => p.PartName == t.Name ? "Trường riêng" : catalog.PartLabel(p.PartName, parts.FirstOrDefault(d => d.Name == p.PartName))).ToList(),
                counts.TryGetValue(t.Name, out var n) ? n : 0,
                t.TypeSettings.Creatable,
                t.TypeSettings.Stereotype))
            .ToList();
        return View(Views + "Index.cshtml", new ContentTypeListViewModel { Rows = rows });
    }

    [HttpGet(ContentTypeRoutes.Root + "/new")]
    public IActionResult Create()
        => View(Views + "Create.cshtml", new ContentTypeCreateForm
        {
            Creatable = true,
            Listable = true,
            Draftable = true,
            Versionable = true,
            Securable = true,
            WithTitle = true,
            WithAutoroute = true,
        });

    [HttpPost(ContentTypeRoutes.Root + "/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] ContentTypeCreateForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        form.DisplayName = form.DisplayName?.Trim() ?? "";
        form.Name = form.Name?.Trim();
        if (form.Suggest is not null)
        {
            // The no-script way to get the suggestion: re-render with it, save nothing.
            form.Name = names.Suggest(form.DisplayName);
            return View(Views + "Create.cshtml", form);
        }

        if (DisplayNameError(form.DisplayName) is { } displayError)
        {
            ModelState.AddModelError(nameof(form.DisplayName), displayError);
        }

        var name = string.IsNullOrEmpty(form.Name) ? names.Suggest(form.DisplayName) : form.Name;
        if (form.DisplayName.Length > 0 || !string.IsNullOrEmpty(form.Name))
        {
            if (names.TypeNameError(name, await definitions.ListTypesAsync(cancellationToken), await definitions.ListPartsAsync(cancellationToken)) is { } nameError)
            {
                ModelState.AddModelError(nameof(form.Name), nameError);
            }
        }

        string? pattern = null;
        if (form.WithAutoroute)
        {
            pattern = string.IsNullOrWhiteSpace(form.AutoroutePattern)
                ? $"{ContentTypeNames.PathPrefix(name)}/{{{{ ContentItem.DisplayText | slugify }}}}"
                : form.AutoroutePattern.Trim();
            if (ContentTypeNames.PatternError(pattern) is { } patternError)
            {
                ModelState.AddModelError(nameof(form.AutoroutePattern), patternError);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "Create.cshtml", form);
        }

        await editor.CreateAsync(name, form, pattern, cancellationToken);
        if (!await editor.TrySaveAsync(cancellationToken))
        {
            TempData.Error(ContentTypeService.ConflictMessage);
            return Redirect(ContentTypeRoutes.Root);
        }

        TempData.Success($"Đã tạo loại nội dung “{form.DisplayName}” (tên kỹ thuật {name}). Hãy thêm các trường của loại.");
        return Redirect(ContentTypeRoutes.Edit(name));
    }

    [HttpGet(ContentTypeRoutes.Root + "/export")]
    public async Task<IActionResult> Export([FromQuery] string[]? types, CancellationToken cancellationToken)
    {
        var chosen = (types ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        var known = await definitions.ListTypesAsync(cancellationToken);
        var unknown = chosen.Where(t => known.All(k => k.Name != t)).ToList();
        if (unknown.Count > 0)
        {
            TempData.Error($"Không có loại nội dung: {string.Join(", ", unknown)}.");
            return Redirect(ContentTypeRoutes.Root);
        }

        var recipe = await exporter.ExportAsync(chosen, definitionsOnly: true, cancellationToken);
        var json = recipe.ToJsonString(new JsonSerializerOptions(ContentSerializer.Options) { WriteIndented = true });
        var fileName = chosen.Count == 1 ? $"{chosen[0]}.recipe.json" : $"content-types-{DateTime.UtcNow:yyyyMMdd}.recipe.json";
        return File(Encoding.UTF8.GetBytes(json), "application/json", fileName);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(name, cancellationToken) is { } type
            ? await EditViewAsync(type, FormOf(type), cancellationToken)
            : NotFound();

    [HttpPost(ContentTypeRoutes.Root + "/{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string name, [FromForm] ContentTypeSettingsForm form, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        ModelState.Clear();
        form.DisplayName = form.DisplayName?.Trim() ?? "";
        if (DisplayNameError(form.DisplayName) is { } error)
        {
            ModelState.AddModelError(nameof(form.DisplayName), error);
            return await EditViewAsync(type, form, cancellationToken);
        }

        await editor.UpdateAsync(name, form, cancellationToken);
        return await SavedAsync(name, $"Đã lưu loại nội dung “{form.DisplayName}”.", cancellationToken);
    }

    [HttpGet(ContentTypeRoutes.Root + "/{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var used = await usage.ForTypesAsync([name], cancellationToken);
        return View(Views + "Remove.cshtml", new RemovalViewModel
        {
            Title = $"Xóa loại nội dung “{type.DisplayName}”",
            What = "loại này",
            Usage = used,
            Consequence = "Chỉ định nghĩa của loại bị xóa; không mục nào bị xóa.",
            ConfirmUrl = ContentTypeRoutes.Edit(name) + "/delete",
            CancelUrl = ContentTypeRoutes.Edit(name),
            ConfirmText = "Xóa loại nội dung",
            Refusal = used.Items > 0 ? RefusalText(used) : null,
            ItemsUrl = "/admin/contents?type=" + Uri.EscapeDataString(name),
        });
    }

    [HttpPost(ContentTypeRoutes.Root + "/{name}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete([FromRoute] string name, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var used = await usage.ForTypesAsync([name], cancellationToken);
        if (used.Items > 0)
        {
            TempData.Error(RefusalText(used));
            return Redirect(ContentTypeRoutes.Edit(name) + "/delete");
        }

        if (confirm != "yes")
        {
            return Redirect(ContentTypeRoutes.Edit(name) + "/delete");
        }

        await editor.DeleteTypeAsync(name, cancellationToken);
        if (await editor.TrySaveAsync(cancellationToken))
        {
            TempData.Success($"Đã xóa loại nội dung “{type.DisplayName}”.");
        }
        else
        {
            TempData.Error(ContentTypeService.ConflictMessage);
        }

        return Redirect(ContentTypeRoutes.Root);
    }

    private static string RefusalText(ItemUsage used)
        => $"Không thể xóa: còn {used.Items} mục thuộc loại này ({used.Published} đang xuất bản). Xóa loại sẽ làm các mục đó không còn hiện/sửa được, nên hãy xóa các mục trước.";

    private async Task<IActionResult> EditViewAsync(ContentTypeDefinition type, ContentTypeSettingsForm form, CancellationToken cancellationToken)
    {
        var parts = await definitions.ListPartsAsync(cancellationToken);
        var own = parts.FirstOrDefault(p => p.Name == type.Name);
        var counts = await usage.LatestCountsAsync(cancellationToken);
        return View(Views + "Edit.cshtml", new ContentTypeEditViewModel
        {
            Name = type.Name,
            Form = form,
            Parts = type.OrderedParts().Select(p => new TypePartRow(
                p.Name,
                p.PartName,
                p.PartName == type.Name ? "Trường riêng của loại" : catalog.PartLabel(p.PartName, parts.FirstOrDefault(d => d.Name == p.PartName)),
                p.PartName == type.Name,
                catalog.PartSettingsType(p.PartName) is not null)).ToList(),
            Fields = (own?.OrderedFields() ?? []).Select(f =>
            {
                var common = f.GetSettings<ContentPartFieldSettings>();
                var specific = catalog.FieldSettingsType(f.FieldName) is { } t ? SettingsForm.Describe(t, f.Settings) : [];
                return new TypeFieldRow(
                    f.Name,
                    f.FieldName,
                    catalog.FieldLabel(f.FieldName),
                    common.DisplayName ?? f.Name,
                    specific.FirstOrDefault(s => s.Name == "Hint")?.Value,
                    specific.FirstOrDefault(s => s.Name == "Required")?.Checked ?? false);
            }).ToList(),
            AttachableParts = catalog.AttachableParts(parts).Where(c => type.Parts.All(p => p.Name != c.Name)).ToList(),
            FieldTypes = catalog.FieldTypes(),
            Items = counts.TryGetValue(type.Name, out var n) ? n : 0,
        });
    }

    private static ContentTypeSettingsForm FormOf(ContentTypeDefinition type)
    {
        var settings = type.TypeSettings;
        return new ContentTypeSettingsForm
        {
            DisplayName = type.DisplayName,
            Creatable = settings.Creatable,
            Listable = settings.Listable,
            Draftable = settings.Draftable,
            Versionable = settings.Versionable,
            Securable = settings.Securable,
        };
    }

    private static string? DisplayNameError(string displayName)
        => displayName.Length == 0 ? "Hãy nhập tên hiển thị (ví dụ Gương điển hình)."
            : displayName.Length > 100 ? "Tên hiển thị dài tối đa 100 ký tự."
            : null;

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
