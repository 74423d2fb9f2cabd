using System.Text.RegularExpressions;

namespace SaRaiCms.Tests.Theming;

/// <summary>
/// Views are templates: data comes from drivers, page services and the platform's layout model,
/// never from a service a view injects. Only localizers may be injected.
/// </summary>
public sealed partial class ViewInjectionTests
{
    private static readonly string[] Allowed = ["IViewLocalizer", "IStringLocalizer", "IHtmlLocalizer"];

    [Fact]
    public void No_view_of_the_platform_modules_or_themes_injects_a_service_other_than_a_localizer()
    {
        var root = RepositoryRoot();
        var views = new[] { "src", "modules", "themes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cshtml", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .ToList();
        Assert.True(views.Count > 50, $"Only {views.Count} views found under {root}: the repository layout changed?");

        var offending = new List<string>();
        foreach (var path in views)
        {
            foreach (Match match in Inject().Matches(File.ReadAllText(path)))
            {
                var type = match.Groups["type"].Value;
                var simpleName = type.Split('<')[0].Split('.')[^1];
                if (!Allowed.Contains(simpleName))
                {
                    offending.Add($"{Path.GetRelativePath(root, path)}: @inject {type}");
                }
            }
        }

        Assert.True(offending.Count == 0, "Views that inject services (hand them data through the view model instead):\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_check_finds_an_inject_of_a_service()
    {
        var matches = Inject().Matches("@model X\n@inject SaRaiCms.Committee.News.NewsPages Pages\n@inject IViewLocalizer T\n");
        Assert.Equal(["SaRaiCms.Committee.News.NewsPages", "IViewLocalizer"], matches.Select(m => m.Groups["type"].Value));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SaRaiCms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SaRaiCms.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*@inject\s+(?<type>[\w.]+(?:<[^>]+>)?)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex Inject();
}
