using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// What the committee's public page controllers share. Each action asks its page service for a
/// typed view model and returns the view of its content type's folder (News/Views/NewsList.cshtml
/// compiles as /Areas/SaRaiCms.Committee/News/Views/NewsList.cshtml); a theme overrides it with a
/// file at the same path under its own area (<see cref="IThemeViewLocator"/>). On a site without the
/// committee feature these routes do not match (<see cref="RequiresFeatureAttribute"/>), and the
/// Contents module's pages answer.
/// </summary>
[RequiresFeature(CommitteeTypes.FeatureId)]
public abstract class CommitteePageController : Controller
{
    /// <summary>The module's view <paramref name="folder"/>/Views/<paramref name="name"/>.cshtml.</summary>
    protected ViewResult PageView(string folder, string name, object model)
        => View($"/Areas/{CommitteeTypes.FeatureId}/{folder}/Views/{name}.cshtml", model);

    /// <summary>The same Vietnamese 404 page as an unknown path (the theme's version wins).</summary>
    protected ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var view = HttpContext.RequestServices.GetRequiredService<IOptions<ThemingOptions>>().Value.NotFoundView
                   ?? throw new InvalidOperationException("No 404 page view is configured (ThemingOptions.NotFoundView).");
        return View(view, Request.Path.Value);
    }
}
