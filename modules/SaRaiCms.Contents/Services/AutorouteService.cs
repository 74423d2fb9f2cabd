using Fluid;
using Fluid.Values;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Indexes;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Services;

/// <summary>
/// Makes an item's path from its type's Liquid pattern (Fluid), with a <c>slugify</c> filter
/// that handles Vietnamese, and keeps paths unique per site by adding -2, -3 … on a clash.
/// </summary>
public sealed class AutorouteService
{
    // Built on first use: the Liquid parser takes a noticeable part of start-up to build, and
    // only saving an item needs it, never reading a page.
    private readonly Lazy<(FluidParser Parser, TemplateOptions Options)> _liquid;

    public AutorouteService(ISlugService slugs)
        => _liquid = new(() =>
        {
            var options = new TemplateOptions();
            options.MemberAccessStrategy.Register<ContentItem>();
            options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(slugs.Slugify(input.ToStringValue())));
            return (new FluidParser(), options);
        });

    public async Task<string> GeneratePathAsync(ContentItem item, string pattern) => CleanPath(await RenderAsync(item, pattern));

    /// <summary>Renders a Liquid pattern over the item (paths, generated titles).</summary>
    public async Task<string> RenderAsync(ContentItem item, string pattern)
    {
        var (parser, options) = _liquid.Value;
        if (!parser.TryParse(pattern, out var template, out var error))
        {
            throw new InvalidOperationException($"The pattern '{pattern}' is not valid Liquid: {error}");
        }

        var context = new TemplateContext(options);
        context.SetValue("ContentItem", item);
        return await template.RenderAsync(context);
    }

    /// <summary>Trims slashes and spaces and collapses repeated slashes.</summary>
    public static string CleanPath(string path)
        => string.Join('/', path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Returns a reason when a custom path cannot be used, else null.</summary>
    public static string? ValidateCustomPath(string path)
    {
        if (path.Length > 1024)
        {
            return "Đường dẫn quá dài (tối đa 1024 ký tự).";
        }

        if (path.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\' or '%' or '"' or '<' or '>'))
        {
            return "Đường dẫn không được chứa khoảng trắng hoặc các ký tự ? # \\ % \" < >.";
        }

        if (path.Split('/').Any(segment => segment is "." or ".."))
        {
            return "Đường dẫn không được chứa '.' hoặc '..'.";
        }

        return path.StartsWith("admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("api", StringComparison.OrdinalIgnoreCase)
            ? "Đường dẫn không được bắt đầu bằng 'admin' hoặc 'api'."
            : null;
    }

    /// <summary>The path, or path-2, path-3 … if another item already uses it.</summary>
    /// <remarks>
    /// Candidates are checked by equality, ten at a time, so the path index answers each check
    /// whatever the database's collation (a LIKE prefix scan reads the whole table).
    /// </remarks>
    public async Task<string> MakeUniqueAsync(IDocumentSession session, string path, string contentItemId, CancellationToken cancellationToken)
    {
        for (var start = 1; ; start += 10)
        {
            var candidates = Enumerable.Range(start, 10).Select(n => n == 1 ? path : $"{path}-{n}").ToList();
            var taken = await session.Query<AutorouteIndex>()
                .Where(i => candidates.Contains(i.Path) && i.ContentItemId != contentItemId && (i.Latest || i.Published))
                .Select(i => i.Path)
                .ToListAsync(cancellationToken);
            var free = candidates.FirstOrDefault(c => !taken.Contains(c));
            if (free is not null)
            {
                return free;
            }
        }
    }
}
