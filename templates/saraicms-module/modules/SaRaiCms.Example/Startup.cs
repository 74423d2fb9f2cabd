using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Example.Drivers;
using SaRaiCms.Example.Migrations;
using SaRaiCms.Example.Models;
using SaRaiCms.Modules;

namespace SaRaiCms.Example;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDataMigration<ExampleTypeMigration>();
        services.AddContentPart<ExamplePart, ExamplePartDisplayDriver>();
    }
}
