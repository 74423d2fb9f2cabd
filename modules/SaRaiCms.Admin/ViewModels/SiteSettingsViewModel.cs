using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SaRaiCms.Admin.Services;

namespace SaRaiCms.Admin.ViewModels;

public sealed class SiteSettingsViewModel
{
    /// <summary>A site-relative path: one leading slash, no scheme, no spaces or quotes.</summary>
    public const string PathPattern = @"^/(?!/)[^\s""'<>\\]*$";

    private const string PhonePattern = @"^[0-9+().\s-]*$";

    [Required(ErrorMessage = "Hãy nhập tên trang.")]
    [StringLength(200, ErrorMessage = "Tên trang dài quá {1} ký tự.")]
    [Display(Name = "Tên trang")]
    public string SiteName { get; set; } = "";

    [StringLength(500, ErrorMessage = "Đường dẫn dài quá {1} ký tự.")]
    [RegularExpression(PathPattern, ErrorMessage = "Đường dẫn biểu trưng phải bắt đầu bằng / (ví dụ: /media/bieu-trung.png).")]
    [Display(Name = "Biểu trưng (đường dẫn ảnh)")]
    public string? EmblemPath { get; set; }

    /// <summary>The public theme's module id; empty for none (the plain layout).</summary>
    [Display(Name = "Giao diện trang công khai")]
    public string? ThemeId { get; set; }

    [StringLength(300, ErrorMessage = "Địa chỉ dài quá {1} ký tự.")]
    [Display(Name = "Địa chỉ")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "Số điện thoại dài quá {1} ký tự.")]
    [RegularExpression(PhonePattern, ErrorMessage = "Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -")]
    [Display(Name = "Điện thoại")]
    public string? Phone { get; set; }

    [StringLength(50, ErrorMessage = "Số fax dài quá {1} ký tự.")]
    [RegularExpression(PhonePattern, ErrorMessage = "Số fax chỉ gồm chữ số, dấu cách và + ( ) . -")]
    [Display(Name = "Fax (không bắt buộc)")]
    public string? Fax { get; set; }

    [StringLength(255, ErrorMessage = "Địa chỉ thư điện tử dài quá {1} ký tự.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [Display(Name = "Thư điện tử")]
    public string? Email { get; set; }

    [StringLength(300, ErrorMessage = "Trang chủ dài quá {1} ký tự.")]
    [Display(Name = "Trang chủ (không bắt buộc)")]
    public string? HomeRoute { get; set; }

    [Required(ErrorMessage = "Hãy nhập số mục mỗi trang.")]
    [Range(1, 100, ErrorMessage = "Số mục mỗi trang phải từ {1} đến {2}.")]
    [Display(Name = "Số mục mỗi trang")]
    public int? PageSize { get; set; }

    [Required(ErrorMessage = "Hãy chọn múi giờ.")]
    [Display(Name = "Múi giờ")]
    public string TimeZoneId { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn ngôn ngữ.")]
    [Display(Name = "Ngôn ngữ mặc định")]
    public string Culture { get; set; } = "";

    public IReadOnlyList<TimeZoneChoice> TimeZones { get; set; } = [];

    /// <summary>The public themes of this host (id, name), for the choice; set by the controller, never posted.</summary>
    [BindNever]
    public IReadOnlyList<ThemeChoice> Themes { get; set; } = [];
}

public sealed record ThemeChoice(string Id, string Name);
