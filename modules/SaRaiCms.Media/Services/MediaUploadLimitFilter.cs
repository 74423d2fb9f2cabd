using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using SaRaiCms.Admin;

namespace SaRaiCms.Media.Services;

/// <summary>
/// Request limits of the upload action, from <see cref="MediaOptions.MaxFileBytes"/>: it runs
/// before the antiforgery check reads the form. A body announced larger than the limit is
/// answered at once with the limit's message; the body and the form are capped in any case,
/// and the file itself is counted again while it is copied.
/// </summary>
public sealed class MediaUploadLimitFilter(IOptions<MediaOptions> options, ITempDataDictionaryFactory tempData) : IAuthorizationFilter
{
    /// <summary>Room for the multipart boundaries, headers and the other form fields.</summary>
    public const long FormOverhead = 64 * 1024;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = options.Value.MaxFileBytes + FormOverhead;
        var http = context.HttpContext;
        if (http.Request.ContentLength > limit)
        {
            var notices = tempData.GetTempData(http);
            notices.Error($"Tệp lớn hơn giới hạn {MediaLibrary.FormatBytes(options.Value.MaxFileBytes)}; không có gì được lưu.");
            // A short-circuited request skips the filter that saves TempData.
            notices.Save();
            var folder = http.Request.Query["folder"].ToString();
            context.Result = new LocalRedirectResult("/admin/media" + (folder.Length > 0 ? "?folder=" + Uri.EscapeDataString(folder) : ""));
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueCountLimit = 16,
            }));
        }
    }
}
