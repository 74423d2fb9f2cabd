using SaRaiCms.Contents.Models;
using SaRaiCms.Example.Models;
using SaRaiCms.Modules;

namespace SaRaiCms.Example.Migrations;

/// <summary>
/// Numbered steps, each run once per site when the module is enabled. Never change a step that
/// has shipped: add the next one.
/// </summary>
public sealed class ExampleTypeMigration : DataMigration
{
    public const string ContentType = "ExampleType";

    public override string FeatureId => "SaRaiCms.Example";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps => [DefineTypeAsync];

    /// <summary>Step 1: the part, and a routed, draftable type made of a title and the part.</summary>
    private static async Task DefineTypeAsync(MigrationContext context)
    {
        var ct = context.CancellationToken;
        await context.Definitions.AlterPartAsync(nameof(ExamplePart), part => part.Attachable(), ct);
        await context.Definitions.AlterTypeAsync(ContentType, type => type
            .DisplayedAs("Ví dụ")
            .Creatable().Listable().Draftable().Versionable()
            .WithPart(nameof(TitlePart))
            .WithPart(nameof(AutoroutePart), p => p.PutSettings(new AutoroutePartSettings { Pattern = "vi-du/{{ ContentItem.DisplayText | slugify }}" }))
            .WithPart(nameof(ExamplePart)), ct);
    }
}
