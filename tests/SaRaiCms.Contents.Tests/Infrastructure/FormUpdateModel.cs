using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Tests.Infrastructure;

/// <summary>
/// A posted editor form for driver tests, bound by MVC's own model binding: a controller's
/// TryUpdateModelAsync with the host's binder factory, metadata provider and validator, over a
/// form value provider. Several values for one key (checkboxes) are posted as "Key[0]",
/// "Key[1]", which MVC's collection binder reads like repeated keys.
/// </summary>
public sealed class FormUpdateModel(IServiceProvider services, IReadOnlyDictionary<string, string> form) : IUpdateModel
{
    public ModelStateDictionary ModelState { get; } = new();

    public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var binder = new Binder
        {
            ControllerContext = new ControllerContext(new ActionContext(httpContext, new RouteData(), new ControllerActionDescriptor(), ModelState)),
            MetadataProvider = services.GetRequiredService<IModelMetadataProvider>(),
            ModelBinderFactory = services.GetRequiredService<IModelBinderFactory>(),
            ObjectValidator = services.GetRequiredService<IObjectModelValidator>(),
        };
        var values = new FormValueProvider(
            BindingSource.Form,
            new FormCollection(form.ToDictionary(p => p.Key, p => new StringValues(p.Value))),
            CultureInfo.InvariantCulture);
        return binder.TryUpdateModelAsync(model, prefix, values);
    }

    /// <summary>Only here to reach ControllerBase's binding; never routed.</summary>
    private sealed class Binder : ControllerBase
    {
    }
}
