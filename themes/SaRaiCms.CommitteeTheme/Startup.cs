using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SaRaiCms.Committee;
using SaRaiCms.Contents.Models;
using SaRaiCms.Display;
using SaRaiCms.Modules;

namespace SaRaiCms.CommitteeTheme;

/// <summary>
/// The theme is views and static files (wwwroot, served at /_content/SaRaiCms.CommitteeTheme/…).
/// A published host has them in its wwwroot/_content; the host started from its build output
/// (<c>dotnet run</c>) outside Development reads them through the static web assets manifest,
/// which ASP.NET Core only loads by itself in Development.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var manifest = Path.Combine(AppContext.BaseDirectory, environment.ApplicationName + ".staticwebassets.runtime.json");
        if (!environment.IsDevelopment() && File.Exists(manifest)
            && environment.WebRootFileProvider.GetFileInfo("_content/SaRaiCms.CommitteeTheme/css/site.css") is { Exists: false })
        {
            StaticWebAssetsLoader.UseStaticWebAssets(environment, endpoints.ServiceProvider.GetRequiredService<IConfiguration>());
        }
    }
}
