using System.Text;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Handlers;

/// <summary>
/// The title is the item's display text; stored in NFC and trimmed (the user's casing is kept).
/// When the type generates titles, the pattern is rendered over the item on every save.
/// </summary>
public sealed class TitlePartHandler(AutorouteService liquid, IContentDefinitionManager definitions) : ContentPartHandler<TitlePart>
{
    public override Task CreatingAsync(ContentContext context) => ApplyAsync(context, generate: true);

    public override Task UpdatingAsync(ContentContext context) => ApplyAsync(context, generate: true);

    // Imported titles are kept as given, as Orchard does.
    public override Task ImportingAsync(ContentContext context) => ApplyAsync(context, generate: false);

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var title = context.ContentItem.As<TitlePart>()?.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        var settings = await SettingsAsync(context.ContentItem, context.CancellationToken);
        if (settings?.IsRequired == true)
        {
            context.Result.Fail("TitlePart.Title", Drivers.TitlePartDisplayDriver.RequiredMessage);
        }
    }

    private async Task<TitlePartSettings?> SettingsAsync(ContentItem item, CancellationToken cancellationToken)
        => (await definitions.GetTypeAsync(item.ContentType, cancellationToken))?.ContentTypePartDefinitionRecords
            .FirstOrDefault(p => p.PartName == nameof(TitlePart))?.GetSettings<TitlePartSettings>();

    private async Task ApplyAsync(ContentContext context, bool generate)
    {
        var item = context.ContentItem;
        if (generate && await SettingsAsync(item, context.CancellationToken) is { IsGenerated: true, Pattern.Length: > 0 } settings)
        {
            var title = await liquid.RenderAsync(item, settings.Pattern);
            item.Alter<TitlePart>(part => part.Title = title);
        }

        item.Alter<TitlePart>(part => part.Title = (part.Title ?? "").Normalize(NormalizationForm.FormC).Trim());
        item.DisplayText = item.As<TitlePart>()!.Title;
    }
}

/// <summary>Makes the path from the type's pattern unless a custom path is allowed and given; keeps it unique.</summary>
public sealed class AutoroutePartHandler(AutorouteService routes, IContentDefinitionManager definitions, IDocumentSession session) : ContentPartHandler<AutoroutePart>
{
    public override Task CreatingAsync(ContentContext context) => EnsurePathAsync(context);

    public override Task UpdatingAsync(ContentContext context) => EnsurePathAsync(context);

    public override Task PublishingAsync(ContentContext context) => EnsurePathAsync(context);

    public override async Task ImportingAsync(ContentContext context)
    {
        // Imported paths are kept as given, only made unique.
        var part = context.ContentItem.As<AutoroutePart>();
        if (part is { Path.Length: > 0 })
        {
            var path = await routes.MakeUniqueAsync(session, AutorouteService.CleanPath(part.Path), context.ContentItem.ContentItemId, context.CancellationToken);
            context.ContentItem.Alter<AutoroutePart>(p => p.Path = path);
        }
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var part = context.ContentItem.As<AutoroutePart>();
        if (part is { Path.Length: > 0 } && AutorouteService.ValidateCustomPath(part.Path) is { } error)
        {
            context.Result.Fail("AutoroutePart.Path", error);
        }

        await Task.CompletedTask;
    }

    private async Task EnsurePathAsync(ContentContext context)
    {
        var item = context.ContentItem;
        var type = await definitions.GetTypeAsync(item.ContentType, context.CancellationToken);
        var settings = type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == nameof(AutoroutePart))?.GetSettings<AutoroutePartSettings>()
                       ?? new AutoroutePartSettings();
        var part = item.As<AutoroutePart>() ?? new AutoroutePart();
        var path = settings.AllowCustomPath && !string.IsNullOrWhiteSpace(part.Path)
            ? AutorouteService.CleanPath(part.Path)
            : await routes.GeneratePathAsync(item, settings.Pattern);
        if (string.IsNullOrEmpty(path))
        {
            path = item.ContentItemId;
        }

        part.Path = await routes.MakeUniqueAsync(session, path, item.ContentItemId, context.CancellationToken);
        item.Apply(part);
    }
}

/// <summary>Body HTML is sanitised on every save, whatever the editor or import sent.</summary>
public sealed class HtmlBodyPartHandler(ContentHtml html) : ContentPartHandler<HtmlBodyPart>
{
    public override Task CreatingAsync(ContentContext context) => Sanitize(context);

    public override Task UpdatingAsync(ContentContext context) => Sanitize(context);

    public override Task ImportingAsync(ContentContext context) => Sanitize(context);

    private Task Sanitize(ContentContext context)
    {
        context.ContentItem.Alter<HtmlBodyPart>(part => part.Html = html.Sanitize(part.Html?.Normalize(NormalizationForm.FormC)));
        return Task.CompletedTask;
    }
}
