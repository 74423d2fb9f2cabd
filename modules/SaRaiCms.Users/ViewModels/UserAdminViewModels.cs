using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SaRaiCms.Users.ViewModels;

public sealed record UserRow(string UserId, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsEnabled, bool IsLockedOut);

public sealed class UserListViewModel
{
    public string Query { get; init; } = "";
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    public int Total { get; init; }
    public required IReadOnlyList<UserRow> Users { get; init; }
}

/// <summary>A role as a checkbox: posted as <c>Roles[Name]=true</c>.</summary>
public sealed record RoleChoice(string Name, string Description);

public sealed class UserCreateViewModel
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(255, ErrorMessage = "Tên đăng nhập dài quá {1} ký tự.")]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [StringLength(255, ErrorMessage = "Địa chỉ thư điện tử dài quá {1} ký tự.")]
    [Display(Name = "Thư điện tử (không bắt buộc)")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(1024, ErrorMessage = "Mật khẩu dài quá {1} ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    public Dictionary<string, bool> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RoleChoice> AvailableRoles { get; set; } = [];

    /// <summary>The password policy's minimum length, for the hint; set by the controller, never posted.</summary>
    [BindNever]
    public int PasswordMinLength { get; set; }
}

public sealed class UserEditViewModel
{
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [StringLength(255, ErrorMessage = "Địa chỉ thư điện tử dài quá {1} ký tự.")]
    [Display(Name = "Thư điện tử (không bắt buộc)")]
    public string? Email { get; set; }

    public Dictionary<string, bool> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RoleChoice> AvailableRoles { get; set; } = [];

    public bool IsEnabled { get; set; }

    public DateTimeOffset? LockedOutUntil { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class UserPasswordViewModel
{
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    [StringLength(1024, ErrorMessage = "Mật khẩu dài quá {1} ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string? NewPassword { get; set; }

    /// <summary>Set only in the one reply that shows a generated password.</summary>
    public string? GeneratedPassword { get; set; }

    /// <summary>The password policy's minimum length, for the hint; set by the controller, never posted.</summary>
    [BindNever]
    public int PasswordMinLength { get; set; }
}

public sealed class UserDeleteViewModel
{
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
}

public sealed record RoleChoicesViewModel(IReadOnlyList<RoleChoice> Available, IReadOnlySet<string> Selected);
