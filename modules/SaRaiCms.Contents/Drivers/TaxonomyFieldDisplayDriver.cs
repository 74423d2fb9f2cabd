using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// Terms of the taxonomy named by the settings' TaxonomyContentItemId. The editor offers that
/// taxonomy's terms (latest version) as checkboxes, or radio buttons when Unique; an update
/// accepts only its terms. The display shows the chosen terms' names from the published taxonomy.
/// </summary>
public sealed class TaxonomyFieldDisplayDriver(IContentManager contentManager) : ContentFieldDisplayDriver<TaxonomyField>
{
    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(TaxonomyField field, FieldContext context)
    {
        if (field.TermContentItemIds.Length == 0)
        {
            return [];
        }

        var taxonomyId = field.TaxonomyContentItemId is { Length: > 0 } own ? own : Settings(context).TaxonomyContentItemId;
        var terms = await TermsAsync(taxonomyId, VersionOptions.Published, context);
        var byId = terms.GroupBy(t => t.ContentItemId).ToDictionary(g => g.Key, g => g.First());
        var selected = field.TermContentItemIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (selected.Count == 0)
        {
            return [];
        }

        var model = Model(field, context);
        model.Selected = selected;
        model.HasTaxonomy = true;
        return [Shape("TaxonomyField", model, context)];
    }

    protected override async Task<IEnumerable<ShapeResult>> EditAsync(TaxonomyField field, FieldContext context)
    {
        var settings = Settings(context);
        var model = Model(field, context);
        var terms = await TermsAsync(settings.TaxonomyContentItemId, VersionOptions.Latest, context);
        var selected = field.TermContentItemIds.ToHashSet(StringComparer.Ordinal);
        model.HasTaxonomy = terms.Count > 0;
        model.Terms = terms.Select(t => new TermOption(t.ContentItemId, t.Name, t.Level, selected.Contains(t.ContentItemId))).ToList();
        return [Shape("TaxonomyField_Edit", model, context)];
    }

    protected override async Task UpdateAsync(TaxonomyField field, FieldContext context, IUpdateModel updater)
    {
        var model = new TaxonomyFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = Settings(context);
        var key = context.Key(nameof(TaxonomyFieldViewModel.TermContentItemIds));
        if (updater.BindingFailed(key, $"{context.DisplayName} không hợp lệ."))
        {
            return;
        }

        var ids = FieldInput.Ids(model.TermContentItemIds);
        string? error = null;
        if (ids.Length == 0 && settings.Required)
        {
            error = context.RequiredMessage();
        }
        else if (ids.Length > 1 && settings.Unique)
        {
            error = $"{context.DisplayName} chỉ được chọn một mục.";
        }
        else if (ids.Length > 0)
        {
            var terms = (await TermsAsync(settings.TaxonomyContentItemId, VersionOptions.Latest, context)).Select(t => t.ContentItemId).ToHashSet(StringComparer.Ordinal);
            if (ids.Where(id => !terms.Contains(id)).ToList() is { Count: > 0 } foreign)
            {
                error = $"{context.DisplayName}: mục phân loại không thuộc danh mục đã cấu hình ({string.Join(", ", foreign)}).";
            }
        }

        if (error is not null)
        {
            updater.ModelState.AddModelError(key, error);
            return;
        }

        field.TaxonomyContentItemId = settings.TaxonomyContentItemId;
        field.TermContentItemIds = ids;
    }

    private async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomyId, VersionOptions version, FieldContext context)
        => taxonomyId.Length > 0 && await contentManager.GetAsync(taxonomyId, version, context.Build.CancellationToken) is { } taxonomy
            ? TaxonomyTerms.Flatten(taxonomy)
            : [];

    private static TaxonomyFieldSettings Settings(FieldContext context) => context.Field.GetSettings<TaxonomyFieldSettings>();

    private static TaxonomyFieldViewModel Model(TaxonomyField field, FieldContext context)
    {
        var settings = Settings(context);
        return new TaxonomyFieldViewModel { TermContentItemIds = field.TermContentItemIds, Unique = settings.Unique }.Describe(context, settings.Hint, settings.Required);
    }
}
