using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SaRaiCms.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [Display(Name = "Tên đăng nhập")]
    [StringLength(255, ErrorMessage = "Tên đăng nhập dài quá {1} ký tự.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [Display(Name = "Mật khẩu")]
    [DataType(DataType.Password)]
    [StringLength(1024, ErrorMessage = "Mật khẩu dài quá {1} ký tự.")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }

    /// <summary>The lockout rule shown on the form (failed attempts, minutes locked); set by the controller, never posted.</summary>
    [BindNever]
    public int LockoutAttempts { get; set; }

    [BindNever]
    public int LockoutMinutes { get; set; }
}
