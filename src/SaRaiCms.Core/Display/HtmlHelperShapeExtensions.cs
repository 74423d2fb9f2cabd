using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Display;

/// <summary>Rendering helpers for views: <c>@await Html.ContentAsync(Model)</c>, <c>@await Html.ZoneAsync(Model, "Content")</c>.</summary>
public static class HtmlHelperShapeExtensions
{
    public static async Task<IHtmlContent> ShapeAsync(this IHtmlHelper html, ShapeResult shape)
    {
        var path = await ResolveAsync(html, shape.Alternates);
        if (path is null)
        {
            return new HtmlString($"<!-- no view for shape {System.Net.WebUtility.HtmlEncode(shape.ShapeType)} -->");
        }

        var model = await shape.GetModelAsync();
        return await html.PartialAsync(path, model, WithPrefix(new ViewDataDictionary<object>(html.ViewData) { Model = model }, shape.Prefix));
    }

    public static async Task<IHtmlContent> ZoneAsync(this IHtmlHelper html, ContentShape content, string zone)
    {
        var builder = new HtmlContentBuilder();
        foreach (var shape in content.Zone(zone))
        {
            builder.AppendHtml(await html.ShapeAsync(shape));
        }

        return builder;
    }

    /// <summary>Renders a whole content item with its "Content" template (Content-Meeting.Summary, Content-Meeting, Content.Summary, Content).</summary>
    public static async Task<IHtmlContent> ContentAsync(this IHtmlHelper html, ContentShape content)
    {
        var path = await ResolveAsync(html, content.Alternates)
                   ?? throw new InvalidOperationException($"No Content view found for {string.Join(", ", content.Alternates)}.");
        return await html.PartialAsync(path, content, new ViewDataDictionary<object>(html.ViewData) { Model = content });
    }

    private static ViewDataDictionary WithPrefix(ViewDataDictionary viewData, string? prefix)
    {
        viewData.TemplateInfo.HtmlFieldPrefix = prefix ?? "";
        return viewData;
    }

    private static async Task<string?> ResolveAsync(IHtmlHelper html, IReadOnlyList<string> alternates)
    {
        var services = html.ViewContext.HttpContext.RequestServices;
        var theme = await services.GetRequiredService<IThemeAccessor>().GetSiteThemeAsync(html.ViewContext.HttpContext.RequestAborted);
        return services.GetRequiredService<ShapeViewResolver>().Resolve(alternates, theme);
    }
}
