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

    /// <summary>The folder beside the repository that holds the shared domain and interop files.</summary>
    public static string SharedFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SaRaiCms.sln")))
            {
                dir = dir.Parent;
            }

            return Path.GetFullPath(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Repository root not found."), "..", "shared"));
        }
    }
}
