using SaRaiCms.Security;

namespace SaRaiCms.Contents.Security;

/// <summary>Changing content definitions reshapes every editor and page, so only administrators have it by default.</summary>
public static class ContentTypePermissions
{
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Quản lý loại nội dung (tạo, sửa, xóa loại, phần và trường)", "Cấu hình");
}

public sealed class ContentTypePermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions()
    {
        yield return ContentTypePermissions.ManageContentTypes;
    }

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants()
    {
        yield return (StandardRoles.Administrator, ContentTypePermissions.ManageContentTypes);
    }
}
