using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Contents.Drivers;
using SaRaiCms.Contents.Handlers;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Security;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Contents",
    Name = "Nội dung",
    Description = "Standard parts and fields: title, route, body, lists, bags, taxonomies and the common fields.",
    Category = "Content",
    AlwaysEnabled = true,
    OrchardFeatureIds = ["OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.Lists",
        "OrchardCore.Flows", "OrchardCore.Taxonomies", "OrchardCore.ContentFields", "OrchardCore.ContentFields.Indexing.SQL"])]

namespace SaRaiCms.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // The plain public layout (a site without a theme) and the error page; a theme overrides both by file name.
        services.Configure<ThemingOptions>(o =>
        {
            o.FallbackLayout = "/Areas/SaRaiCms.Contents/Views/Item/_Layout.cshtml";
            o.ErrorView = "/Areas/SaRaiCms.Contents/Views/Item/Error.cshtml";
            o.NotFoundView = "/Areas/SaRaiCms.Contents/Views/Item/NotFound.cshtml";
        });
        services.AddSingleton<ContentHtml>();
        services.AddSingleton<AutorouteService>();
        services.AddHttpContextAccessor();
        services.AddDataMigration<ContentsMigration>();
        services.AddPermissionProvider<ContentPermissionProvider>();
        services.AddScoped<IContentAuthorizer, ContentAuthorizer>();
        services.AddNavigationProvider<ContentsNavigation>();

        // Admin list and the review workflow
        services.AddScoped<ContentListQuery>();
        services.AddScoped<ContentWorkflow>();
        services.AddScoped<ScheduledPublisher>();
        services.AddIndexProvider<ContentReviewIndexProvider>();
        services.AddContentHandler<ReviewPartHandler>();
        services.AddOptions<ScheduledPublishingOptions>().BindConfiguration(ScheduledPublishingOptions.Section);
        services.AddHostedService<ScheduledPublishingService>();
        services.AddSingleton<HtmlParagraphs>();
        services.AddSingleton<SaRaiCms.Text.IHtmlParagraphs>(sp => sp.GetRequiredService<HtmlParagraphs>());
        services.AddSingleton<ITaxonomyTerms, TaxonomyTermReader>();
        services.AddScoped<IContentLinks, ContentLinks>();
        services.AddScoped<ContentVersionDiff>();

        // Content type editor (/admin/content-types)
        services.AddPermissionProvider<ContentTypePermissionProvider>();
        services.AddNavigationProvider<ContentTypesNavigation>();
        services.AddSingleton<ContentTypeCatalog>();
        services.AddScoped<ContentTypeNames>();
        services.AddScoped<ContentTypeUsage>();
        services.AddScoped<ContentTypeService>();

        services.AddIndexProvider<AutorouteIndexProvider>();
        services.AddIndexProvider<ContainedPartIndexProvider>();
        services.AddIndexProvider<TaxonomyIndexProvider>();

        services.AddContentHandler<TitlePartHandler>();
        services.AddContentHandler<AutoroutePartHandler>();
        services.AddContentHandler<HtmlBodyPartHandler>();

        services.AddContentPart<TitlePart, TitlePartDisplayDriver>();
        services.AddContentPart<HtmlBodyPart, HtmlBodyPartDisplayDriver>();
        services.AddContentPart<AutoroutePart, AutoroutePartDisplayDriver>();
        services.AddContentPart<MarkdownBodyPart, MarkdownBodyPartDisplayDriver>();
        services.AddContentPart<ListPart, ListPartDisplayDriver>();
        services.AddContentPart<ContainedPart, ContainedPartDisplayDriver>();
        services.AddContentPart<BagPart, BagPartDisplayDriver>();
        services.AddContentPart<TaxonomyPart, TaxonomyPartDisplayDriver>();
        services.AddContentPart<TermPart, TermPartDisplayDriver>();

        services.AddContentField<TextField, TextFieldDisplayDriver>();
        services.AddContentField<NumericField, NumericFieldDisplayDriver>();
        services.AddContentField<BooleanField, BooleanFieldDisplayDriver>();
        services.AddContentField<DateField, DateFieldDisplayDriver>();
        services.AddContentField<DateTimeField, DateTimeFieldDisplayDriver>();
        services.AddContentField<TimeField, TimeFieldDisplayDriver>();
        services.AddContentField<HtmlField, HtmlFieldDisplayDriver>();
        services.AddContentField<MarkdownField, MarkdownFieldDisplayDriver>();
        services.AddContentField<LinkField, LinkFieldDisplayDriver>();
        services.AddContentField<MultiTextField, MultiTextFieldDisplayDriver>();
        services.AddContentField<ContentPickerField, ContentPickerFieldDisplayDriver>();
        services.AddContentField<UserPickerField, UserPickerFieldDisplayDriver>();
        services.AddContentField<MediaField, MediaFieldDisplayDriver>();
        services.AddContentField<TaxonomyField, TaxonomyFieldDisplayDriver>();
    }
}

public sealed class ContentsMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.Contents";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } =
    [
        async context =>
        {
            await context.Schema.CreateMapIndexTableAsync<AutorouteIndex>(context.CancellationToken);
            await context.Schema.CreateMapIndexTableAsync<ContainedPartIndex>(context.CancellationToken);
            await context.Schema.CreateMapIndexTableAsync<TaxonomyIndex>(context.CancellationToken);
        },
        async context => await context.Schema.CreateMapIndexTableAsync<ContentReviewIndex>(context.CancellationToken),
        NamedSettingsAsync,
    ];

    /// <summary>
    /// Step 3: stored settings written before named values (TitlePartSettings "Options": 2) are
    /// rewritten by name ("EditableRequired"), so exports carry what Orchard Core writes.
    /// </summary>
    private static Task NamedSettingsAsync(MigrationContext context)
    {
        var normalizer = context.Services.GetRequiredService<IDefinitionSettingsNormalizer>();
        var logger = context.Services.GetRequiredService<ILogger<ContentsMigration>>();
        return context.Definitions.AlterAsync(document =>
        {
            var definitions = document.ContentTypes.SelectMany(t => t.ContentTypePartDefinitionRecords.Cast<DefinitionWithSettings>().Prepend(t))
                .Concat(document.ContentParts.SelectMany(p => p.ContentPartFieldDefinitionRecords.Cast<DefinitionWithSettings>().Prepend(p)));
            foreach (var definition in definitions)
            {
                // The old form took any number; all but 2 let the editor type an optional title.
                if (definition.Settings[nameof(TitlePartSettings)]?[nameof(TitlePartSettings.Options)] is JsonValue options
                    && options.TryGetValue<int>(out var number) && number is < 0 or > 3)
                {
                    definition.Settings[nameof(TitlePartSettings)]![nameof(TitlePartSettings.Options)] = nameof(TitlePartOptions.Editable);
                }

                try
                {
                    normalizer.Normalize(definition.Settings);
                }
                catch (DefinitionSettingsException e)
                {
                    // Left as stored: the site must start, and the value fails where it is read, as before.
                    logger.LogWarning("Content definition settings kept as stored: {Reason}", e.Message);
                }
            }
        }, context.CancellationToken);
    }
}
