using SaRaiCms.Admin;
using SaRaiCms.Security;

namespace SaRaiCms.Media.Security;

public static class MediaPermissions
{
    /// <summary>Edit anyone's files (alt text), delete files, create folders.</summary>
    public static readonly Permission ManageMedia = new("ManageMedia", "Quản lý thư viện tệp (sửa, xoá tệp của mọi người)", "Thư viện");

    /// <summary>Upload files and edit one's own.</summary>
    public static readonly Permission UploadMedia = new("UploadMedia", "Tải tệp lên thư viện", "Thư viện");
}

public sealed class MediaPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [MediaPermissions.ManageMedia, MediaPermissions.UploadMedia];

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, MediaPermissions.ManageMedia),
        (StandardRoles.Administrator, MediaPermissions.UploadMedia),
        (StandardRoles.Editor, MediaPermissions.ManageMedia),
        (StandardRoles.Editor, MediaPermissions.UploadMedia),
        (StandardRoles.Author, MediaPermissions.UploadMedia),
    ];
}

public sealed class MediaNavigationProvider : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Media, "Tệp và hình ảnh", "/admin/media", MediaPermissions.UploadMedia, 1);
        return Task.CompletedTask;
    }
}
