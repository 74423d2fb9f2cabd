using System.Security.Claims;
using SaRaiCms.ContentManagement;
using SaRaiCms.Metadata;
using SaRaiCms.Security;

namespace SaRaiCms.Contents.Security;

/// <summary>What a user wants to do to an item.</summary>
public enum ContentAction
{
    Edit,
    Publish,
    Delete,
    Review,
}

/// <summary>
/// Decides content permissions for one item: the global permission, the same permission for
/// the item's type, or, for an item the user owns, the "own" variant (global or per type).
/// Every admin action on content asks here, so the rules live in one place.
/// </summary>
public interface IContentAuthorizer
{
    Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>May the user create items of this type (edit rights of any kind on it)?</summary>
    Task<bool> CanCreateAsync(ClaimsPrincipal user, string contentType, CancellationToken cancellationToken = default);
}

public sealed class ContentAuthorizer(IPermissionChecker permissions, IContentDefinitionManager definitions) : IContentAuthorizer
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken = default)
    {
        var (all, own) = action switch
        {
            ContentAction.Edit => (ContentPermissions.EditContent, ContentPermissions.EditOwnContent),
            ContentAction.Publish => (ContentPermissions.PublishContent, (Permission?)ContentPermissions.PublishOwnContent),
            ContentAction.Delete => (ContentPermissions.DeleteContent, ContentPermissions.DeleteOwnContent),
            ContentAction.Review => (ContentPermissions.ReviewContent, null),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (await HasAsync(user, all, item.ContentType, cancellationToken))
        {
            return true;
        }

        return own is not null && IsOwner(user, item) && await HasAsync(user, own, item.ContentType, cancellationToken);
    }

    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, string contentType, CancellationToken cancellationToken = default)
        => await HasAsync(user, ContentPermissions.EditContent, contentType, cancellationToken)
           || await HasAsync(user, ContentPermissions.EditOwnContent, contentType, cancellationToken);

    public static bool IsOwner(ClaimsPrincipal user, ContentItem item)
        => user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id && string.Equals(item.Owner, id, StringComparison.Ordinal);

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission, string contentType, CancellationToken cancellationToken)
    {
        if (await permissions.HasAsync(user, permission, cancellationToken))
        {
            return true;
        }

        var type = await definitions.GetTypeAsync(contentType, cancellationToken);
        return type is not null
               && await permissions.HasAsync(user, ContentPermissions.ForType(permission, type.Name, type.DisplayName), cancellationToken);
    }
}
