using SaRaiCms.Admin;
using SaRaiCms.Contents.Security;

namespace SaRaiCms.Contents.Admin;

public sealed class ContentTypesNavigation : INavigationProvider
{
    public Task BuildNavigationAsync(NavigationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Add(AdminMenuGroups.Configuration, "Loại nội dung", "/admin/content-types", ContentTypePermissions.ManageContentTypes, position: 1);
        return Task.CompletedTask;
    }
}
