using System.Text.Json;
using SaRaiCms.ContentManagement;
using SaRaiCms.Recipes;
using SaRaiCms.Sites;

namespace SaRaiCms.Web;

/// <summary>
/// Operator verbs on the same executable:
/// <c>recipe run &lt;file&gt;</c> and <c>export [--types A,B] [--out file]</c>.
/// Anything else starts the web host.
/// </summary>
public static class CommandLine
{
    public sealed record Verb(bool IsCommand, string Name, IReadOnlyList<string> Arguments, string[] HostArgs);

    public static Verb Parse(string[] args)
    {
        if (args.Length >= 1 && args[0] is "recipe" or "export")
        {
            var name = args[0] == "recipe" && args.Length >= 2 ? $"recipe {args[1]}" : args[0];
            var rest = args.Skip(args[0] == "recipe" ? 2 : 1).ToList();
            // Host settings may follow as --Key=Value (e.g. --SaRaiCms:DataPath=...).
            var hostArgs = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
            return new Verb(true, name, rest.Except(hostArgs).ToList(), hostArgs);
        }

        return new Verb(false, "", [], args);
    }

    public static async Task<int> RunAsync(IServiceProvider services, Verb verb, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            await services.GetRequiredService<SiteInitializer>().InitializeAsync();
            return verb.Name switch
            {
                "recipe run" => await RunRecipeAsync(services, verb.Arguments, stdout, stderr),
                "export" => await ExportAsync(services, verb.Arguments, stdout, stderr),
                _ => Usage(stderr),
            };
        }
        catch (RecipeException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: SaRaiCms.Web recipe run <file> | export [--types A,B] [--out file]");
        return 2;
    }

    private static async Task<int> RunRecipeAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Count != 1)
        {
            return Usage(stderr);
        }

        var path = arguments[0];
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"error: recipe file '{path}' not found.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var json = await File.ReadAllTextAsync(path);
        var parameters = new Dictionary<string, string>
        {
            ["AdminUserId"] = "",
            ["AdminUsername"] = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SaRaiCmsOptions>>().Value.Admin.UserName,
            ["SiteName"] = scope.ServiceProvider.GetRequiredService<ISiteAccessor>().Current.Name,
        };
        var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, parameters);
        foreach (var warning in result.Warnings)
        {
            await stderr.WriteLineAsync($"warning: {warning}");
        }

        await stdout.WriteLineAsync($"Recipe '{result.Name}' ran.");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr)
    {
        string[]? types = null;
        string? output = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--types" when i + 1 < arguments.Count:
                    types = arguments[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--out" when i + 1 < arguments.Count:
                    output = arguments[++i];
                    break;
                default:
                    return Usage(stderr);
            }
        }

        await using var scope = services.CreateAsyncScope();
        var recipe = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(types);
        var json = recipe.ToJsonString(new JsonSerializerOptions(ContentSerializer.Options) { WriteIndented = true });
        if (output is null)
        {
            await stdout.WriteLineAsync(json);
        }
        else
        {
            await File.WriteAllTextAsync(output, json);
            await stderr.WriteLineAsync($"Exported to {output}.");
        }

        return 0;
    }
}
