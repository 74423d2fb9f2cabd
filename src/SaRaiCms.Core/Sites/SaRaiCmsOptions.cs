using Microsoft.Extensions.Options;

namespace SaRaiCms.Sites;

/// <summary>Host settings, from the "SaRaiCms" configuration section (environment: SaRaiCms__Key).</summary>
public sealed class SaRaiCmsOptions
{
    public const string Section = "SaRaiCms";

    /// <summary>Folder for site data (databases, media, search indexes). Relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>For PostgreSQL: the connection string. For SQLite: optional, defaults to a file in the site folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL schema for the site's tables.</summary>
    public string? Schema { get; set; }

    /// <summary>Name of the (first) site.</summary>
    public string SiteName { get; set; } = "Default";

    /// <summary>The recipe run when a site is set up; a path, or the name of a recipe a module embeds.</summary>
    public string SetupRecipe { get; set; } = "sarai";

    public AdminOptions Admin { get; set; } = new();
}

public sealed class AdminOptions
{
    public string UserName { get; set; } = "admin";
    public string? Password { get; set; }
    public string Email { get; set; } = "admin@localhost";
}

/// <summary>One site for now, made from configuration; a per-request resolver comes with multi-site hosting.</summary>
public sealed class ConfiguredSiteAccessor : ISiteAccessor
{
    public ConfiguredSiteAccessor(IOptions<SaRaiCmsOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment)
    {
        var o = options.Value;
        var dataRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, o.DataPath));
        var siteFolder = Path.Combine(dataRoot, "Sites", o.SiteName);
        var provider = string.Equals(o.DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase)
                       || string.Equals(o.DatabaseProvider, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
            ? "Postgres"
            : "Sqlite";
        if (provider == "Postgres" && string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            throw new InvalidOperationException("SaRaiCms:DatabaseProvider is Postgres but SaRaiCms:ConnectionString is empty.");
        }

        Current = new SiteContext
        {
            Name = o.SiteName,
            DataPath = siteFolder,
            DatabaseProvider = provider,
            ConnectionString = provider == "Sqlite"
                ? o.ConnectionString ?? $"Data Source={Path.Combine(siteFolder, "saraicms.db")};Cache=Shared;Pooling=True"
                : o.ConnectionString!,
            Schema = provider == "Postgres" ? o.Schema : null,
        };
    }

    public SiteContext Current { get; }
}
