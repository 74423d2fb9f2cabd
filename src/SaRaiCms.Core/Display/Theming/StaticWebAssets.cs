using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SaRaiCms.Display;

/// <summary>
/// The static files of every module and theme (their wwwroot, served at /_content/{Module}/…).
/// A published host has them in its own wwwroot/_content; a host started from its build output
/// (<c>dotnet run</c>, tests) outside Development reads them through the static web assets
/// manifest, which ASP.NET Core only loads by itself in Development.
/// </summary>
public static class StaticWebAssets
{
    public static void Load(WebApplication app)
    {
        var environment = app.Environment;
        var manifest = Path.Combine(AppContext.BaseDirectory, environment.ApplicationName + ".staticwebassets.runtime.json");
        if (!environment.IsDevelopment() && File.Exists(manifest))
        {
            StaticWebAssetsLoader.UseStaticWebAssets(environment, app.Services.GetRequiredService<IConfiguration>());
        }
    }
}
