using System.Text.Json;
using SaRaiCms.ContentManagement;
using SaRaiCms.Modules;
using SaRaiCms.Recipes;
using SaRaiCms.Sites;

namespace SaRaiCms.Web;

/// <summary>
/// Operator verbs on the same executable:
/// <c>recipe run &lt;file&gt;</c>, <c>export [--types A,B] [--out file]</c> and the verbs modules register.
/// Anything else starts the web host.
/// </summary>
public static class CommandLine
{
    public sealed record Verb(bool IsCommand, IReadOnlyList<string> Arguments, string[] HostArgs);

    /// <summary>A first argument that is not an option (--key=value) names a command.</summary>
    public static Verb Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new Verb(false, [], args);
        }

        // Host settings may follow as --Key=Value (e.g. --SaRaiCms:DataPath=...).
        var hostArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        var words = args.Except(hostArgs).ToList();
        return new Verb(true, words, hostArgs);
    }

    public static async Task<int> RunAsync(IServiceProvider services, Verb verb, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            await services.GetRequiredService<SiteInitializer>().InitializeAsync();
            var words = verb.Arguments;
            if (words.Count >= 2 && words[0] == "recipe" && words[1] == "run")
            {
                return await RunRecipeAsync(services, words.Skip(2).ToList(), stdout, stderr);
            }

            if (words[0] == "export")
            {
                return await ExportAsync(services, words.Skip(1).ToList(), stdout, stderr);
            }

            await using var scope = services.CreateAsyncScope();
            var verbs = scope.ServiceProvider.GetServices<ICommandVerb>().ToList();
            foreach (var command in verbs)
            {
                var name = command.Name.Split(' ');
                if (words.Count >= name.Length && words.Take(name.Length).SequenceEqual(name))
                {
                    return await command.RunAsync(words.Skip(name.Length).ToList(), stdout, stderr, CancellationToken.None);
                }
            }

            return Usage(stderr, verbs);
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

    private static int Usage(TextWriter stderr, IEnumerable<ICommandVerb> verbs)
    {
        stderr.WriteLine("usage: SaRaiCms.Web <command> [--Setting=value ...]");
        stderr.WriteLine("  recipe run <file>");
        stderr.WriteLine("  export [--types A,B] [--out file]");
        foreach (var verb in verbs)
        {
            stderr.WriteLine($"  {verb.Usage}");
        }

        return 2;
    }

    private static int Usage(TextWriter stderr) => Usage(stderr, []);

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
