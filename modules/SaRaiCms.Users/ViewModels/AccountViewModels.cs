using System.ComponentModel.DataAnnotations;

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
}
