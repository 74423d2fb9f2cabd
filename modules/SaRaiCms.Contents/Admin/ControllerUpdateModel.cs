using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Admin;

/// <summary>The posted editor form of an admin action, bound by MVC's own model binding.</summary>
public sealed class ControllerUpdateModel(Controller controller) : IUpdateModel
{
    public ModelStateDictionary ModelState => controller.ModelState;

    public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class
        => controller.TryUpdateModelAsync(model, prefix);
}
