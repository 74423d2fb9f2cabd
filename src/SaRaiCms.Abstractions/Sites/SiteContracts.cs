using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Sites;

/// <summary>
/// One site (tenant): its own database, data folder, media and caches. Every store, cache and
/// media path is keyed by <see cref="Name"/> so that one installation can host many sites.
/// </summary>
public sealed class SiteContext
{
    public required string Name { get; init; }

    /// <summary>The site's own folder (SQLite file, media, search index).</summary>
    public required string DataPath { get; init; }

    /// <summary>"Sqlite" or "Postgres".</summary>
    public required string DatabaseProvider { get; init; }

    public required string ConnectionString { get; init; }

    /// <summary>PostgreSQL schema holding this site's tables (null: the connection's default).</summary>
    public string? Schema { get; init; }

    public string CacheKey(string key) => $"site:{Name}:{key}";
}

public interface ISiteAccessor
{
    SiteContext Current { get; }
}

/// <summary>
/// Site-wide settings, one document per site, written by the recipe "Settings" step and the
/// admin's settings page (/admin/settings). Public pages read it on every request: the
/// store keeps the committed row until a commit writes it again, so a change shows on the next page.
/// </summary>
public sealed class SiteSettings : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    public string SiteName { get; set; } = "SaRaiCms";
    public string TimeZoneId { get; set; } = "Asia/Ho_Chi_Minh";
    public string Culture { get; set; } = "vi-VN";
    public int PageSize { get; set; } = 10;
    public string? HomeRoute { get; set; }
    public string? SetupRecipe { get; set; }
    public DateTime? SetupCompletedUtc { get; set; }

    /// <summary>The site's public theme (a theme module's id); null renders the plain layout. Stored as Orchard Core does: <c>Properties["CurrentThemeName"]</c>.</summary>
    [JsonIgnore]
    public string? CurrentThemeName
    {
        get => StringProperty(CurrentThemeNameKey);
        set => SetStringProperty(CurrentThemeNameKey, value);
    }

    /// <summary>The admin theme (<c>Properties["CurrentAdminThemeName"]</c>, as Orchard Core keeps it).</summary>
    [JsonIgnore]
    public string? CurrentAdminThemeName
    {
        get => StringProperty(CurrentAdminThemeNameKey);
        set => SetStringProperty(CurrentAdminThemeNameKey, value);
    }

    public const string CurrentThemeNameKey = "CurrentThemeName";
    public const string CurrentAdminThemeNameKey = "CurrentAdminThemeName";

    /// <summary>Settings of other modules, keyed by their settings class name.</summary>
    public JsonObject Properties { get; set; } = new();

    /// <summary>A typed copy of one entry of <see cref="Properties"/> (a new <typeparamref name="T"/> when there is none).</summary>
    public T GetProperty<T>(string key) where T : new()
        => Properties[key] is JsonObject node ? node.Deserialize<T>(ContentSerializer.Options) ?? new T() : new T();

    public void SetProperty<T>(string key, T value)
        => Properties[key] = JsonSerializer.SerializeToNode(value, ContentSerializer.Options);

    private string? StringProperty(string key)
        => Properties[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private void SetStringProperty(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Properties.Remove(key);
        }
        else
        {
            Properties[key] = value;
        }
    }
}

/// <summary>The site's contacts, shown in the public footer: <c>Properties["SiteContact"]</c>, as setup recipes write it.</summary>
public sealed class SiteContactSettings
{
    public const string Key = "SiteContact";

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Fax { get; set; }
}

/// <summary>How the site presents itself: <c>Properties["SiteBranding"]</c>.</summary>
public sealed class SiteBrandingSettings
{
    public const string Key = "SiteBranding";

    /// <summary>Site-relative path of the emblem image (for example a media library file); null for the theme's own.</summary>
    public string? EmblemPath { get; set; }
}

/// <summary>Roles with their permissions, from recipes (Roles step) until the users module manages them.</summary>
public sealed class RolesDocument : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    public List<RoleRecord> Roles { get; set; } = [];
}

public sealed class RoleRecord
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Permissions { get; set; } = [];
}

/// <summary>What a site's first setup knows: the recipe parameters (AdminUserId, AdminUsername, SiteName).</summary>
public sealed class SiteSetupContext(IReadOnlyDictionary<string, string> parameters, IServiceProvider services, CancellationToken cancellationToken)
{
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Lines to show the operator once (for example a generated password).</summary>
    public List<string> Messages { get; } = [];
}

/// <summary>Runs in the setup transaction after the setup recipe (the users module creates the first administrator).</summary>
public interface ISiteSetupHandler
{
    Task SetupAsync(SiteSetupContext context);
}
