using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SaRaiCms.Security;

/// <summary>
/// Sets the policy headers of <see cref="SecurityHeadersOptions"/> on every response (pages,
/// static files, errors), before anything else writes; a header a later component set itself wins.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var policy = options.Value;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            SetIfMissing(headers, "Content-Security-Policy", policy.ContentSecurityPolicy);
            SetIfMissing(headers, "X-Content-Type-Options", policy.ContentTypeOptions);
            SetIfMissing(headers, "Referrer-Policy", policy.ReferrerPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void SetIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (value.Length > 0 && !headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
