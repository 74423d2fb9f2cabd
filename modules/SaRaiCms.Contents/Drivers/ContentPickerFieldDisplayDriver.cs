using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// Links to other content items. The editor offers published items (published and latest, via
/// <see cref="ContentItemIndex"/>) of the settings' DisplayedContentTypes (any type when none),
/// by title, at most <see cref="MaxOptions"/>; a select for one item, checkboxes for several.
/// The display shows the published items' titles, linked to their paths when they have one.
/// </summary>
public sealed class ContentPickerFieldDisplayDriver(IDocumentSession session, IContentLinks contentLinks) : ContentFieldDisplayDriver<ContentPickerField>
{
    public const int MaxOptions = 200;

    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(ContentPickerField field, FieldContext context)
    {
        if (field.ContentItemIds.Length == 0)
        {
            return [];
        }

        var ids = field.ContentItemIds;
        var published = await contentLinks.GetPublishedAsync(ids, context.Build.CancellationToken);
        if (published.Count == 0)
        {
            return [];
        }

        var links = ids.Where(published.ContainsKey)
            .Select(id => new ContentPickerOption(id, published[id].Title, published[id].ContentType, true, published[id].Path))
            .ToList();
        var model = Model(field, context);
        model.Items = links;
        return [Shape("ContentPickerField", model, context)];
    }

    protected override async Task<IEnumerable<ShapeResult>> EditAsync(ContentPickerField field, FieldContext context)
    {
        var model = Model(field, context);
        model.Items = await OptionsAsync(field, context);
        return [Shape("ContentPickerField_Edit", model, context)];
    }

    protected override async Task UpdateAsync(ContentPickerField field, FieldContext context, IUpdateModel updater)
    {
        var model = new ContentPickerFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<ContentPickerFieldSettings>();
        var key = context.Key(nameof(ContentPickerFieldViewModel.ContentItemIds));
        if (updater.BindingFailed(key, $"{context.DisplayName} không hợp lệ."))
        {
            return;
        }

        var ids = FieldInput.Ids(model.ContentItemIds);
        if (ids.Length == 0 && settings.Required)
        {
            updater.ModelState.AddModelError(key, context.RequiredMessage());
            return;
        }

        if (ids.Length > 1 && !settings.Multiple)
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} chỉ được chọn một mục.");
            return;
        }

        if (ids.Length > 0)
        {
            var types = settings.DisplayedContentTypes;
            var query = session.Query<ContentItemIndex>().Where(i => ids.Contains(i.ContentItemId) && (i.Latest || i.Published));
            if (types.Length > 0)
            {
                query = query.Where(i => types.Contains(i.ContentType));
            }

            var found = await query
                .Select(i => i.ContentItemId)
                .Distinct()
                .ToListAsync(context.Build.CancellationToken);
            var missing = ids.Except(found, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                updater.ModelState.AddModelError(key, $"{context.DisplayName}: không tìm thấy nội dung đã chọn ({string.Join(", ", missing)}).");
                return;
            }
        }

        field.ContentItemIds = ids;
    }

    private async Task<IReadOnlyList<ContentPickerOption>> OptionsAsync(ContentPickerField field, FieldContext context)
    {
        var cancellationToken = context.Build.CancellationToken;
        var types = context.Field.GetSettings<ContentPickerFieldSettings>().DisplayedContentTypes;
        var query = session.Query<ContentItemIndex>().Where(i => i.Published && i.Latest);
        if (types.Length > 0)
        {
            query = query.Where(i => types.Contains(i.ContentType));
        }

        var offered = await query
            .OrderBy(i => i.DisplayText).ThenBy(i => i.ContentItemId)
            .Take(MaxOptions)
            .Select(i => new { i.ContentItemId, i.DisplayText, i.ContentType })
            .ToListAsync(cancellationToken);

        // Items already chosen stay choosable even when beyond the first page or no longer published.
        var selected = field.ContentItemIds.ToHashSet(StringComparer.Ordinal);
        var missing = selected.Except(offered.Select(o => o.ContentItemId)).ToArray();
        if (missing.Length > 0)
        {
            offered.AddRange(await session.Query<ContentItemIndex>()
                .Where(i => i.Latest && missing.Contains(i.ContentItemId))
                .Select(i => new { i.ContentItemId, i.DisplayText, i.ContentType })
                .ToListAsync(cancellationToken));
        }

        return offered.Select(o => new ContentPickerOption(o.ContentItemId, o.DisplayText, o.ContentType, selected.Contains(o.ContentItemId))).ToList();
    }

    private static ContentPickerFieldViewModel Model(ContentPickerField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<ContentPickerFieldSettings>();
        return new ContentPickerFieldViewModel { ContentItemIds = field.ContentItemIds, Multiple = settings.Multiple }.Describe(context, settings.Hint, settings.Required);
    }
}
