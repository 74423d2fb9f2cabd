using System.Text.Json.Nodes;
using SaRaiCms.Modules;

namespace SaRaiCms.Recipes;

/// <summary>Recipes that modules embed (files named *.recipe.json marked as EmbeddedResource), found by their "name".</summary>
public sealed class RecipeCatalog(ModuleCatalog modules)
{
    public async Task<string?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var resource in module.Assembly.GetManifestResourceNames().Where(r => r.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                await using var stream = module.Assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var json = await reader.ReadToEndAsync(cancellationToken);
                var recipe = RecipeExecutor.Parse(json);
                if (string.Equals(recipe["name"]?.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return json;
                }
            }
        }

        return null;
    }

    /// <summary>A recipe by file path or embedded name.</summary>
    public async Task<string> LoadAsync(string nameOrPath, CancellationToken cancellationToken = default)
    {
        if (File.Exists(nameOrPath))
        {
            return await File.ReadAllTextAsync(nameOrPath, cancellationToken);
        }

        return await FindAsync(nameOrPath, cancellationToken)
               ?? throw new RecipeException(-1, "", null, $"No recipe file or embedded recipe named '{nameOrPath}'.");
    }

    public static JsonObject? TryParse(string json) => RecipeExecutor.Parse(json);
}
