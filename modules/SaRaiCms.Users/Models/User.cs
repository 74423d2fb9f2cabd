using System.Text.Json.Serialization;
using SaRaiCms.Store;

namespace SaRaiCms.Users.Models;

/// <summary>
/// A person who signs in: one document per user in the site's store, found through
/// <see cref="Indexes.UserIndex"/>. Only ASP.NET Core Identity writes the secrets
/// (<see cref="PasswordHash"/>, <see cref="SecurityStamp"/>); nothing else should.
/// </summary>
public sealed class User : IDocument
{
    [JsonIgnore] public long Id { get; set; }
    [JsonIgnore] public int DocumentVersion { get; set; }

    /// <summary>The stable id (26 characters, as Orchard Core's) that content items name as their Owner.</summary>
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? Email { get; set; }
    public string? NormalizedEmail { get; set; }
    public bool EmailConfirmed { get; set; }
    public string? PasswordHash { get; set; }
    public string? SecurityStamp { get; set; }

    /// <summary>Role names as the roles document spells them.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>A disabled user keeps its data and content but cannot sign in.</summary>
    public bool IsEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
