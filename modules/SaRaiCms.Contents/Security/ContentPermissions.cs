using SaRaiCms.Security;

namespace SaRaiCms.Contents.Security;

/// <summary>
/// What may be done to content. Each permission also exists per content type
/// (<see cref="ForType"/>: "PublishContent_News"), so an administrator can let a role publish
/// news but only write meetings. "Own" permissions apply to items the user owns.
/// </summary>
public static class ContentPermissions
{
    private const string Category = "Nội dung";

    public static readonly Permission EditContent = new("EditContent", "Sửa mọi nội dung", Category);
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Soạn và sửa nội dung của mình", Category);
    public static readonly Permission PublishContent = new("PublishContent", "Xuất bản, gỡ xuất bản mọi nội dung", Category);
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Xuất bản nội dung của mình", Category);
    public static readonly Permission DeleteContent = new("DeleteContent", "Xóa mọi nội dung", Category);
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Xóa nội dung của mình", Category);
    public static readonly Permission ReviewContent = new("ReviewContent", "Duyệt nội dung gửi duyệt (xuất bản hoặc trả lại)", Category);

    /// <summary>The permissions that also exist per content type.</summary>
    public static IReadOnlyList<Permission> TypeScoped { get; } =
        [EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent, ReviewContent];

    public static Permission ForType(Permission permission, string contentType, string typeDisplayName)
        => new($"{permission.Name}_{contentType}", $"{permission.Description}: {typeDisplayName}", $"{Category}: {typeDisplayName}");
}

public sealed class ContentPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions()
        => ContentPermissions.TypeScoped;

    public IEnumerable<(string Role, Permission Permission)> GetDefaultGrants()
    {
        yield return (StandardRoles.Editor, ContentPermissions.EditContent);
        yield return (StandardRoles.Editor, ContentPermissions.PublishContent);
        yield return (StandardRoles.Editor, ContentPermissions.DeleteContent);
        yield return (StandardRoles.Editor, ContentPermissions.ReviewContent);
        yield return (StandardRoles.Reviewer, ContentPermissions.ReviewContent);
        yield return (StandardRoles.Author, ContentPermissions.EditOwnContent);
        yield return (StandardRoles.Author, ContentPermissions.DeleteOwnContent);
    }
}
