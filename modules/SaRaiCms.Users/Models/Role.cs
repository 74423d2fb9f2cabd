namespace SaRaiCms.Users.Models;

/// <summary>
/// A role as ASP.NET Core Identity sees it. Roles are stored as <see cref="Sites.RoleRecord"/>
/// entries of the site's one <see cref="Sites.RolesDocument"/> (which the recipe "Roles" step
/// also writes); the role store copies between the two. The name is the role's id.
/// </summary>
public sealed class Role
{
    public string Name { get; set; } = "";
    public string? NormalizedName { get; set; }
    public string Description { get; set; } = "";
    public List<string> Permissions { get; set; } = [];

    /// <summary>The name the role had when read from the store (null: not stored yet); renames are detected against it.</summary>
    internal string? StoredName { get; set; }
}
