using Microsoft.AspNetCore.Mvc.Filters;

namespace SaRaiCms.Admin.Services;

/// <summary>
/// Admin pages hold drafts and personal data: browsers and proxies must not keep them, and
/// search engines must not index them.
/// </summary>
public sealed class AdminResponseFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<AdminAttribute>().Any())
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["X-Robots-Tag"] = "noindex, nofollow";
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
