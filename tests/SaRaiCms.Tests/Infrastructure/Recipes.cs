using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Recipes;

namespace SaRaiCms.Tests.Infrastructure;

public static class RecipeTestExtensions
{
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["AdminUserId"] = "4admin0000000000000000000a",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Default",
    };

    public static Task<RecipeResult> RunRecipeAsync(this SiteFactory site, string json)
        => site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, Parameters));

    /// <summary>The folder that holds the shared domain and interop files.</summary>
    public static string SharedFolder => Testing.SharedFolder.Path;
}
