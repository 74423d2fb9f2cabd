using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SaRaiCms.Admin.Services;

/// <summary>Builds the user's admin menu for every admin page view, for the admin layout (<see cref="AdminMenuViewData"/>).</summary>
public sealed class AdminMenuFilter(IAdminMenu menu) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult view && context.ActionDescriptor.EndpointMetadata.OfType<AdminAttribute>().Any())
        {
            view.ViewData.SetAdminMenu(await menu.BuildAsync(context.HttpContext.User, context.HttpContext.RequestAborted));
        }

        await next();
    }
}
