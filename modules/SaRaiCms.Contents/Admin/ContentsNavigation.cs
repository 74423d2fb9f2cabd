using SaRaiCms.Admin;

namespace SaRaiCms.Contents.Admin;

public sealed class ContentsNavigation : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Content, "Danh sách nội dung", "/admin/contents", position: 1);
        builder.Add(AdminMenuGroups.Content, "Chờ duyệt", "/admin/contents?status=WaitingForReview", Security.ContentPermissions.ReviewContent, position: 2);
        return Task.CompletedTask;
    }
}
