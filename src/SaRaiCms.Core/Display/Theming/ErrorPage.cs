using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SaRaiCms.Display;

/// <summary>
/// What a visitor sees when a request fails: the error view (<see cref="ThemingOptions.ErrorView"/>,
/// the theme's file of the same name winning) in the public layout, with status 500. When even that
/// cannot be rendered (the store is down, say), a short Vietnamese page without the theme.
/// </summary>
public static class ErrorPage
{
    public const string FallbackHtml =
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Lỗi máy chủ</title></head><body><main><h1>Đã có lỗi xảy ra</h1>"
        + "<p>Trang chưa hiển thị được. Xin thử lại sau ít phút, hoặc <a href=\"/\">về trang chủ</a>.</p></main></body></html>";

    public static async Task RenderAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPage));
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        try
        {
            var cancellationToken = context.RequestAborted;
            var viewName = services.GetRequiredService<IOptions<ThemingOptions>>().Value.ErrorView
                           ?? throw new InvalidOperationException("ThemingOptions.ErrorView is not set.");
            var theme = await services.GetRequiredService<IThemeAccessor>().GetSiteThemeAsync(cancellationToken);
            var layout = await services.GetRequiredService<ILayoutModelBuilder>().BuildAsync(context, null, cancellationToken);
            var result = new ViewResult
            {
                ViewName = services.GetRequiredService<IThemeViewLocator>().Resolve(viewName, theme),
                StatusCode = StatusCodes.Status500InternalServerError,
                ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
            };
            result.ViewData.SetLayout(layout);
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.LogError(exception, "The error page of {Path} could not be rendered.", context.Features.Get<IExceptionHandlerPathFeature>()?.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(FallbackHtml, context.RequestAborted);
        }
    }
}
