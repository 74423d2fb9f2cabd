using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Media.Handlers;
using SaRaiCms.Media.Indexes;
using SaRaiCms.Media.Migrations;
using SaRaiCms.Media.Security;
using SaRaiCms.Media.Services;
using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Media",
    Name = "Thư viện tệp",
    Description = "The media library: images and PDF files per site, checked by content, resized for srcset with SkiaSharp, served at /media/{path}; alt texts required before images are published.",
    Category = "Content",
    // MediaField and committee photos and attachments point at /media/{path}: the library is on for every site.
    AlwaysEnabled = true,
    Dependencies = ["SaRaiCms.Contents", "SaRaiCms.Admin"],
    OrchardFeatureIds = ["OrchardCore.Media"])]

namespace SaRaiCms.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddDataMigration<MediaMigration>();
        services.AddIndexProvider<MediaItemIndexProvider>();
        services.AddPermissionProvider<MediaPermissionProvider>();
        services.AddNavigationProvider<MediaNavigationProvider>();
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<MediaNames>();
        services.AddScoped<MediaFileStore>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaFileLinks, MediaFileLinks>();
        services.AddContentHandler<MediaAltTextHandler>();
    }
}
