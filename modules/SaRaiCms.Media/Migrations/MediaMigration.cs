using SaRaiCms.Media.Indexes;
using SaRaiCms.Modules;

namespace SaRaiCms.Media.Migrations;

/// <summary>The library's index table (the files themselves live in the site's media folder).</summary>
public sealed class MediaMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.Media";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } = [CreateAsync];

    private static Task CreateAsync(MigrationContext context)
        => context.Schema.CreateMapIndexTableAsync<MediaItemIndex>(context.CancellationToken);
}
