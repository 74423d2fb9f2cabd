using System.Text;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// Rich text. Sanitised by <see cref="ContentHtml"/> when saved from the editor, and again when
/// shown, because recipes and imports store HTML without passing through the editor.
/// </summary>
public sealed class HtmlFieldDisplayDriver(ContentHtml html) : ContentFieldDisplayDriver<HtmlField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(HtmlField field, FieldContext context)
    {
        var clean = html.Sanitize(field.Html);
        return clean.Length == 0 ? Shapes() : Shapes(Shape("HtmlField", Model(clean, context), context));
    }

    protected override Task<IEnumerable<ShapeResult>> EditAsync(HtmlField field, FieldContext context)
        => Shapes(Shape("HtmlField_Edit", Model(field.Html, context), context));

    protected override async Task UpdateAsync(HtmlField field, FieldContext context, IUpdateModel updater)
    {
        var model = new HtmlFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var clean = html.Sanitize(model.Html?.Normalize(NormalizationForm.FormC)).Trim();
        field.Html = clean.Length == 0 ? null : clean;
    }

    private static HtmlFieldViewModel Model(string? value, FieldContext context)
        => new HtmlFieldViewModel { Html = value }.Describe(context, context.Field.GetSettings<HtmlFieldSettings>().Hint, required: false);
}

/// <summary>Markdown text, stored as typed (NFC) and rendered with <see cref="ContentHtml.RenderMarkdown"/>, which sanitises.</summary>
public sealed class MarkdownFieldDisplayDriver(ContentHtml html) : ContentFieldDisplayDriver<MarkdownField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(MarkdownField field, FieldContext context)
    {
        if (string.IsNullOrWhiteSpace(field.Markdown))
        {
            return Shapes();
        }

        var model = Model(field, context);
        model.Html = html.RenderMarkdown(field.Markdown);
        return Shapes(Shape("MarkdownField", model, context));
    }

    protected override Task<IEnumerable<ShapeResult>> EditAsync(MarkdownField field, FieldContext context)
        => Shapes(Shape("MarkdownField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(MarkdownField field, FieldContext context, IUpdateModel updater)
    {
        var model = new MarkdownFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var text = (model.Markdown ?? "").Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").TrimEnd();
        field.Markdown = text.Trim().Length == 0 ? null : text;
    }

    private static MarkdownFieldViewModel Model(MarkdownField field, FieldContext context)
        => new MarkdownFieldViewModel { Markdown = field.Markdown }.Describe(context, context.Field.GetSettings<MarkdownFieldSettings>().Hint, required: false);
}

/// <summary>Several short texts: a textarea with one value per line (trimmed, blank lines dropped), shown as a list.</summary>
public sealed class MultiTextFieldDisplayDriver : ContentFieldDisplayDriver<MultiTextField>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(MultiTextField field, FieldContext context)
        => field.Values.Length == 0 ? Shapes() : Shapes(Shape("MultiTextField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(MultiTextField field, FieldContext context)
        => Shapes(Shape("MultiTextField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(MultiTextField field, FieldContext context, IUpdateModel updater)
    {
        var model = new MultiTextFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var values = FieldInput.Lines(model.Text);
        if (values.Count == 0 && context.Field.GetSettings<MultiTextFieldSettings>().Required)
        {
            updater.ModelState.AddModelError(context.Key(nameof(MultiTextFieldViewModel.Text)), context.RequiredMessage());
            return;
        }

        field.Values = [.. values];
    }

    private static MultiTextFieldViewModel Model(MultiTextField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<MultiTextFieldSettings>();
        return new MultiTextFieldViewModel { Text = string.Join('\n', field.Values), Values = field.Values }.Describe(context, settings.Hint, settings.Required);
    }
}
