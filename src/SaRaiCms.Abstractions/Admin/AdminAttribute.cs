namespace SaRaiCms.Admin;

/// <summary>
/// Marks a controller or action as part of the admin (under <see cref="AdminPaths.Prefix"/>).
/// The admin module answers such requests with no-store and noindex headers, the route matrix
/// tests find every admin endpoint by it, and the output cache never stores them. An admin
/// controller still declares its own <c>[Authorize(Policy = "perm:…")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class AdminAttribute : Attribute;

public static class AdminPaths
{
    public const string Prefix = "/admin";

    /// <summary>The admin layout's view name: admin views set <c>Layout = AdminPaths.Layout</c>.</summary>
    public const string Layout = "_AdminLayout";
}

public static class AdminPermissions
{
    /// <summary>Enter the admin at all; every standard role has it. Each page also asks for its own permission.</summary>
    public static readonly Security.Permission AccessAdmin = new("AccessAdmin", "Vào trang quản trị", "Quản trị");
}

/// <summary>One-time messages shown at the top of the next admin page (after a redirect).</summary>
public static class AdminNotices
{
    public const string SuccessKey = "admin.notice";
    public const string ErrorKey = "admin.error";

    public static void Success(this Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void Error(this Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
}
