using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;

[assembly: Module(Id = "SaRaiCms.Core", Name = "Nền tảng", Description = "Content manager, document store, recipes.", Category = "Core", AlwaysEnabled = true,
    OrchardFeatureIds = ["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Recipes", "OrchardCore.Settings"])]

namespace SaRaiCms;

/// <summary>The core's own migration: the content item index every list uses.</summary>
public sealed class CoreMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.Core";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } =
    [
        context => context.Schema.CreateMapIndexTableAsync<ContentItemIndex>(context.CancellationToken),
        async context =>
        {
            await context.Schema.CreateIndexAsync<ContentItemIndex>(Store.ContentItemIndexProvider.PublishedByTypeIndex, context.CancellationToken);
            await context.Schema.CreateIndexAsync<ContentItemIndex>(Store.ContentItemIndexProvider.PublishedIndex, context.CancellationToken);
        },
        async context =>
        {
            foreach (var index in new[]
                     {
                         Store.ContentItemIndexProvider.LatestByModifiedIndex, Store.ContentItemIndexProvider.LatestByTypeIndex,
                         Store.ContentItemIndexProvider.LatestByTitleIndex, Store.ContentItemIndexProvider.LatestPublishedIndex,
                     })
            {
                await context.Schema.CreateIndexAsync<ContentItemIndex>(index, context.CancellationToken);
            }
        },
        // Drafts, waiting, returned and scheduled items are the unpublished latest versions.
        context => context.Schema.CreateIndexAsync<ContentItemIndex>(Store.ContentItemIndexProvider.LatestDraftIndex, context.CancellationToken),
        // Sites set up before the theme was a site setting rendered with the one public theme the
        // host shipped: they keep it. New sites get theirs from the setup recipe's Themes step.
        context => Display.ThemeSettingUpgrade.KeepShippedThemeAsync(context.Services, context.CancellationToken),
    ];
}
