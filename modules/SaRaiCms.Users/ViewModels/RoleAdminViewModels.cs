using System.ComponentModel.DataAnnotations;
using SaRaiCms.Users.Services;

namespace SaRaiCms.Users.ViewModels;

public sealed record RoleRow(string Name, string Description, int UserCount, bool IsAdministrator);

public sealed class RoleListViewModel
{
    public required IReadOnlyList<RoleRow> Roles { get; init; }
}

public sealed class RoleCreateViewModel
{
    // Role names end up in form field names (Roles[Name]) and in URLs: plain letters keep both simple.
    [Required(ErrorMessage = "Hãy nhập tên vai trò.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]{0,63}$", ErrorMessage = "Tên vai trò gồm chữ cái không dấu, chữ số, - và _, bắt đầu bằng một chữ cái (ví dụ: BienTapTin), tối đa 64 ký tự.")]
    [Display(Name = "Tên vai trò")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Mô tả dài quá {1} ký tự.")]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }
}

public sealed class RoleEditViewModel
{
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Mô tả dài quá {1} ký tự.")]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }

    /// <summary>Posted as <c>Permissions[Name]=true</c> for each ticked box.</summary>
    public Dictionary<string, bool> Permissions { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];

    public bool IsAdministrator { get; set; }
}

public sealed class RoleDeleteViewModel
{
    public string Name { get; set; } = "";
    public int UserCount { get; set; }
}
