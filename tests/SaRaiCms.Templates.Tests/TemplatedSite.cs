using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SaRaiCms.Templates.Tests;

/// <summary>
/// Installs the repository's templates into a private template cache (--debug:custom-hive, so
/// the user's own cache is untouched), instantiates a module and a theme in a temporary folder
/// laid out like the repository (modules/, themes/, tests/), puts them into a copy of the host
/// project whose public theme is the templated one, builds it once, sets up a site with a recipe
/// that enables the module and creates one item, and starts the host on a loopback port.
/// The platform and the other modules are referenced where they are, already built.
/// </summary>
public sealed partial class TemplatedSite : IAsyncLifetime
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public const string ModuleName = "SaRaiCms.Notices";
    public const string ThemeName = "SaRaiCms.BlueTheme";
    public const string ItemPath = "/thong-bao/lich-tiep-cong-dan";
    public const string ItemTitle = "Lịch tiếp công dân tháng 7";
    public const string ItemText = "Bí thư Đảng ủy tiếp công dân vào sáng thứ Năm hằng tuần.";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("saraicms-templates-");
    private readonly StringBuilder _hostOutput = new();
    private Process? _host;

    public string Root { get; } = FindRepositoryRoot();

    /// <summary>The folder the templates were instantiated in (the "repository" of the test).</summary>
    public string Site => Path.Combine(_work.FullName, "site");

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var hive = Path.Combine(_work.FullName, "template-hive");
        Directory.CreateDirectory(Site);
        WriteBuildImports();

        foreach (var template in new[] { "saraicms-module", "saraicms-theme" })
        {
            (await DotnetCli.RunAsync(Site, StepTimeout, "new", "install", Path.Combine(Root, "templates", template), "--debug:custom-hive", hive))
                .EnsureSuccess($"dotnet new install templates/{template}");
        }

        (await DotnetCli.RunAsync(Site, StepTimeout, "new", "saraicms-module", "-n", ModuleName,
                "--part", "NoticePart", "--contentType", "Notice", "--displayName", "Thông báo", "--slug", "thong-bao",
                "--debug:custom-hive", hive))
            .EnsureSuccess("dotnet new saraicms-module");
        (await DotnetCli.RunAsync(Site, StepTimeout, "new", "saraicms-theme", "-n", ThemeName, "--debug:custom-hive", hive))
            .EnsureSuccess("dotnet new saraicms-theme");

        CopyHost();
        (await DotnetCli.RunAsync(Site, StepTimeout, "new", "sln", "-n", "Templated")).EnsureSuccess("dotnet new sln");
        var solution = Directory.GetFiles(Site, "Templated.sln*").Single();
        (await DotnetCli.RunAsync(Site, StepTimeout, "sln", solution, "add",
                Path.Combine("src", "SaRaiCms.Web", "SaRaiCms.Web.csproj"),
                Path.Combine("tests", ModuleName + ".Tests", ModuleName + ".Tests.csproj")))
            .EnsureSuccess("dotnet sln add");
        (await DotnetCli.RunAsync(Site, BuildTimeout, "build", solution, "-c", Configuration, "-nologo", "-clp:ErrorsOnly"))
            .EnsureSuccess("Building the host with the templated module and theme");

        var data = Path.Combine(_work.FullName, "data");
        var recipe = Path.Combine(_work.FullName, "notice.recipe.json");
        await File.WriteAllTextAsync(recipe, Recipe);
        (await DotnetCli.RunAsync(HostBin, StepTimeout, [HostDll, "recipe", "run", recipe, .. HostSettings(data)]))
            .EnsureSuccess("recipe run");

        var port = FreePort();
        _host = DotnetCli.Start(HostBin, _hostOutput, [HostDll, $"--urls=http://127.0.0.1:{port}", .. HostSettings(data)]);
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilHealthyAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }

        _host?.Dispose();
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an ending child process; the temporary folder is left behind.
        }
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string HostBin => Path.Combine(Site, "src", "SaRaiCms.Web", "bin", Configuration, "net10.0");

    private string HostDll => Path.Combine(HostBin, "SaRaiCms.Web.dll");

    private static string[] HostSettings(string data) =>
    [
        $"--SaRaiCms:DataPath={data}",
        "--SaRaiCms:SetupRecipe=",
        "--SaRaiCms:Admin:Password=Test-Passw0rd!",
        "--SaRaiCms:OutputCache:Enabled=false",
    ];

    /// <summary>What the repository gives every project: its build settings, targets and package versions; the templates' projects find the platform through SaRaiCmsRoot.</summary>
    private void WriteBuildImports()
    {
        var root = Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        File.WriteAllText(Path.Combine(Site, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{root}Directory.Build.props" />
              <PropertyGroup>
                <SaRaiCmsRoot>{root}</SaRaiCmsRoot>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Site, "Directory.Packages.props"), $"""
            <Project>
              <Import Project="{root}Directory.Packages.props" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Site, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{root}Directory.Build.targets" Condition="Exists('{root}Directory.Build.targets')" />
            </Project>
            """);
        File.Copy(Path.Combine(Root, "global.json"), Path.Combine(Site, "global.json"));
    }

    /// <summary>
    /// The host project as it is, with its references pointing at the repository, the templated
    /// module and theme added, and the committee theme left out so that the templated theme is the
    /// site's public theme.
    /// </summary>
    private void CopyHost()
    {
        var source = Path.Combine(Root, "src", "SaRaiCms.Web");
        var target = Path.Combine(Site, "src", "SaRaiCms.Web");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source).Where(f => !f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var project = File.ReadAllText(Path.Combine(source, "SaRaiCms.Web.csproj"));
        project = CommitteeThemeReference().Replace(project, "");
        project = project.Replace("Include=\"..\\..\\", "Include=\"$(SaRaiCmsRoot)", StringComparison.Ordinal);
        project = project.Replace("</Project>", $"""
              <ItemGroup>
                <ProjectReference Include="..\..\modules\{ModuleName}\{ModuleName}.csproj" />
                <ProjectReference Include="..\..\themes\{ThemeName}\{ThemeName}.csproj" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(target, "SaRaiCms.Web.csproj"), project);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_host!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_host.ExitCode}:\n{HostOutput}");
            }

            try
            {
                using var response = await Client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host did not answer /health in 90 s:\n{HostOutput}");
    }

    public string HostOutput
    {
        get
        {
            lock (_hostOutput)
            {
                return _hostOutput.ToString();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SaRaiCms.sln")) && Directory.Exists(Path.Combine(directory.FullName, "templates")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (SaRaiCms.sln and templates/) above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\s*<ProjectReference Include=""[^""]*SaRaiCms\.CommitteeTheme\.csproj"" />")]
    private static partial Regex CommitteeThemeReference();

    /// <summary>Enables the templated module (its migration defines the Notice type) and creates one published item.</summary>
    private static readonly string Recipe = $$"""
        {
          "name": "templated",
          "steps": [
            { "name": "Feature", "enable": [ "SaRaiCms.Contents", "{{ModuleName}}" ] },
            { "name": "Settings", "SiteName": "Trang thử mẫu" },
            { "name": "Themes", "Site": "{{ThemeName}}" },
            {
              "name": "Content",
              "data": [
                {
                  "ContentItemId": "notice-1",
                  "ContentItemVersionId": "notice-1-v1",
                  "ContentType": "Notice",
                  "DisplayText": "{{ItemTitle}}",
                  "Latest": true,
                  "Published": true,
                  "CreatedUtc": "2024-07-01T01:00:00Z",
                  "ModifiedUtc": "2024-07-01T01:00:00Z",
                  "PublishedUtc": "2024-07-01T01:00:00Z",
                  "TitlePart": { "Title": "{{ItemTitle}}" },
                  "AutoroutePart": { "Path": "{{ItemPath[1..]}}" },
                  "NoticePart": { "Text": "{{ItemText}}" }
                }
              ]
            }
          ]
        }
        """;
}
