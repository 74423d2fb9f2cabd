namespace SaRaiCms.AuditTrail.Models;

public static class AuditCategories
{
    public const string Account = "Account";
    public const string Content = "Content";
    public const string Permissions = "Permissions";

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Account] = "Tài khoản",
        [Content] = "Nội dung",
        [Permissions] = "Phân quyền",
    };
}

public static class AuditEventNames
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignedOut = "SignedOut";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Removed = "Removed";
    public const string RolePermissionsChanged = "RolePermissionsChanged";
    public const string UserRoleAdded = "UserRoleAdded";
    public const string UserRoleRemoved = "UserRoleRemoved";

    /// <summary>What the audit page calls each event.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SignedIn] = "Đăng nhập",
        [SignInFailed] = "Đăng nhập thất bại",
        [LockedOut] = "Khóa tài khoản",
        [SignedOut] = "Đăng xuất",
        [Published] = "Xuất bản",
        [Unpublished] = "Gỡ xuất bản",
        [Removed] = "Xóa",
        [RolePermissionsChanged] = "Đổi quyền vai trò",
        [UserRoleAdded] = "Gán vai trò",
        [UserRoleRemoved] = "Bỏ vai trò",
    };

    public static string Label(string name) => Labels.TryGetValue(name, out var label) ? label : name;
}
