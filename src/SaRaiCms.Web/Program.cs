using SaRaiCms;
using SaRaiCms.Web;

var verb = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(verb.HostArgs);
builder.Services.AddSaRaiCms(builder.Configuration, typeof(Program).Assembly);
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
if (verb.IsCommand)
{
    // Commands report on stdout/stderr themselves; keep the host's own logging quiet.
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

var app = builder.Build();
if (verb.IsCommand)
{
    // Dispose the host so that services holding files (the search index, SQLite) close cleanly.
    var exitCode = await CommandLine.RunAsync(app.Services, verb, Console.Out, Console.Error);
    await app.DisposeAsync();
    return exitCode;
}

await app.Services.GetRequiredService<SaRaiCms.Sites.SiteInitializer>().InitializeAsync();
app.UseSaRaiCms();
CeilingEndpoint.MapIfEnabled(app);
app.MapHealthChecks("/health");
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
