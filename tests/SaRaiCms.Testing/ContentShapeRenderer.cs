using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Display;

namespace SaRaiCms.Testing;

/// <summary>Renders a content shape (an editor, with its messages) to HTML outside a request, with the site's theme, as a page would.</summary>
public static class ContentShapeRenderer
{
    public static async Task<string> RenderAsync(IServiceProvider sp, ContentShape shape, ModelStateDictionary modelState)
    {
        var httpContext = new DefaultHttpContext { RequestServices = sp };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), modelState);
        var path = sp.GetRequiredService<ShapeViewResolver>().Resolve(shape.Alternates, await sp.GetRequiredService<IThemeAccessor>().GetSiteThemeAsync())
                   ?? throw new InvalidOperationException("No view for the editor.");
        var view = sp.GetRequiredService<IRazorViewEngine>().GetView(executingFilePath: null, viewPath: path, isMainPage: false).View
                   ?? throw new InvalidOperationException($"View {path} not found.");
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<ContentShape>(sp.GetRequiredService<IModelMetadataProvider>(), modelState) { Model = shape };
        var tempData = new TempDataDictionary(httpContext, sp.GetRequiredService<ITempDataProvider>());
        await view.RenderAsync(new ViewContext(actionContext, view, viewData, tempData, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
