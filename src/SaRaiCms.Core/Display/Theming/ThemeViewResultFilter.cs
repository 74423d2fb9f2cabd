using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace SaRaiCms.Display;

/// <summary>
/// The one place where a page gets its theme. For every view result of a controller: a view named
/// by its module path (<c>/Areas/{Module}/…</c>) is replaced by the site theme's file of the same
/// path when there is one, and the view gets the layout model (<see cref="LayoutViewData"/>), whose
/// <see cref="LayoutViewModel.LayoutPath"/> the public _ViewStart files assign (admin views keep the
/// admin layout). The status code is untouched.
/// </summary>
public sealed class ThemeViewResultFilter(IThemeAccessor themes, IThemeViewLocator locator, ILayoutModelBuilder layouts) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult view)
        {
            var cancellationToken = context.HttpContext.RequestAborted;
            var theme = await themes.GetSiteThemeAsync(cancellationToken);
            if (view.ViewName is { } name && name.StartsWith("/Areas/", StringComparison.Ordinal))
            {
                view.ViewName = locator.Resolve(name, theme);
            }

            // Admin pages too: their own _ViewStart picks the admin layout, but an admin page may render a
            // public view in the public layout (the preview of a draft).
            view.ViewData.SetLayout(await layouts.BuildAsync(context.HttpContext, view.Model, cancellationToken));
        }

        await next();
    }
}

/// <summary>Registers <see cref="ThemeViewResultFilter"/> for every controller.</summary>
public sealed class ThemeViewMvcOptions : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options) => options.Filters.Add<ThemeViewResultFilter>();
}
