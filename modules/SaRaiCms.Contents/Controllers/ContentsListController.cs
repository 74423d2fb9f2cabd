using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Admin;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Contents.Security;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Controllers;

/// <summary>/admin/contents: every item's latest version, filtered, sorted and paged by the database; bulk actions.</summary>
[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
public sealed class ContentsListController(
    ContentListQuery list,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IContentManager content,
    IDocumentSession session,
    SaRaiCms.Security.IPermissionChecker permissions,
    SaRaiCms.Text.IVietnameseText text,
    ISiteTimeZone timeZone) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/Admin/";

    [HttpGet("/admin/contents")]
    public async Task<IActionResult> Index(
        [FromQuery] string? type, [FromQuery] string? status, [FromQuery] string? owner, [FromQuery] string? category,
        [FromQuery] string? q, [FromQuery] string? sort, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        var allTypes = await definitions.ListTypesAsync(cancellationToken);
        var types = allTypes
            .Where(t => string.IsNullOrEmpty(t.TypeSettings.Stereotype))
            .OrderBy(t => t.DisplayName, text.Collation)
            .ToList();
        var scope = await ScopeAsync(cancellationToken);
        var parsedStatus = Enum.TryParse<ContentStatus>(status, ignoreCase: true, out var s) ? s : (ContentStatus?)null;
        var parsedSort = Enum.TryParse<ContentListSort>(sort, ignoreCase: true, out var o) ? o : ContentListSort.ModifiedDesc;
        var knownType = types.FirstOrDefault(t => t.Name == type)?.Name;
        var result = await list.RunAsync(new ContentListFilter
        {
            // No type filter at all unless some types are left out: an IN list of every type keeps the database from its index.
            ContentTypes = knownType is not null ? [knownType] : types.Count == allTypes.Count ? null : types.Select(t => t.Name).ToList(),
            Status = parsedStatus,
            Owner = scope.OwnOnly ? scope.UserId : string.IsNullOrEmpty(owner) ? null : owner,
            TermId = string.IsNullOrEmpty(category) ? null : category,
            Text = q,
            Sort = parsedSort,
            Page = page,
            PageSize = 20,
        }, cancellationToken);

        var actionable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var stub = new ContentItem { ContentItemId = row.Latest.ContentItemId, ContentType = row.Latest.ContentType, Owner = row.Latest.Owner };
            if (await authorizer.CanAsync(User, ContentAction.Publish, stub, cancellationToken) || await authorizer.CanAsync(User, ContentAction.Delete, stub, cancellationToken))
            {
                actionable.Add(row.Latest.ContentItemId);
            }
        }

        var creatable = new List<ContentTypeOption>();
        foreach (var t in types.Where(t => t.TypeSettings.Creatable))
        {
            if (await authorizer.CanCreateAsync(User, t.Name, cancellationToken))
            {
                creatable.Add(new ContentTypeOption(t.Name, t.DisplayName));
            }
        }

        return View(Views + "List.cshtml", new ContentListViewModel
        {
            Page = result,
            Types = types.Select(t => new ContentTypeOption(t.Name, t.DisplayName)).ToList(),
            CreatableTypes = creatable,
            Owners = scope.OwnOnly ? [] : await OwnersAsync(cancellationToken),
            Categories = await CategoriesAsync(cancellationToken),
            TimeZone = await timeZone.GetAsync(cancellationToken),
            Actionable = actionable,
            Type = knownType,
            Status = parsedStatus?.ToString(),
            Owner = scope.OwnOnly ? null : owner,
            Category = category,
            Q = q,
            Sort = parsedSort.ToString(),
        });
    }

    /// <summary>Publish, unpublish or delete the ticked items; each one the user may not touch is left as it is and counted.</summary>
    [HttpPost("/admin/contents/bulk")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Bulk([FromForm] string? bulkAction, [FromForm] List<string>? ids, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin/contents";
        if (ids is not { Count: > 0 } || bulkAction is not ("publish" or "unpublish" or "delete"))
        {
            TempData.Error("Hãy chọn ít nhất một mục và một thao tác.");
            return LocalRedirect(back);
        }

        var (done, refused) = (0, 0);
        var invalid = new List<string>();
        foreach (var id in ids.Distinct().Take(100))
        {
            var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            var action = bulkAction == "delete" ? ContentAction.Delete : ContentAction.Publish;
            if (latest is null || !await authorizer.CanAsync(User, action, latest, cancellationToken))
            {
                refused++;
                continue;
            }

            try
            {
                switch (bulkAction)
                {
                    case "publish" when !latest.Published:
                        await content.PublishAsync(latest, cancellationToken);
                        break;
                    case "unpublish":
                        await content.UnpublishAsync(latest, cancellationToken);
                        break;
                    case "delete":
                        await content.RemoveAsync(latest, cancellationToken);
                        break;
                }
            }
            catch (ContentValidationException e)
            {
                invalid.Add($"“{latest.DisplayText}”: {string.Join(" ", e.Result.Errors.Select(x => x.Message))}");
                continue;
            }

            done++;
        }

        await content.SaveChangesAsync(cancellationToken);
        var verb = bulkAction switch { "publish" => "Đã xuất bản", "unpublish" => "Đã gỡ xuất bản", _ => "Đã xóa" };
        TempData.Success($"{verb} {done} mục." + (refused > 0 ? $" {refused} mục không được phép thay đổi nên giữ nguyên." : ""));
        if (invalid.Count > 0)
        {
            TempData.Error("Chưa xuất bản được: " + string.Join(" ", invalid));
        }
        return LocalRedirect(back);
    }

    /// <summary>A user who may only edit their own items sees only those.</summary>
    private async Task<(bool OwnOnly, string? UserId)> ScopeAsync(CancellationToken cancellationToken)
    {
        var all = await permissions.HasAsync(User, ContentPermissions.EditContent, cancellationToken)
                  || await permissions.HasAsync(User, ContentPermissions.ReviewContent, cancellationToken)
                  || await permissions.HasAsync(User, ContentPermissions.PublishContent, cancellationToken);
        return (!all, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "");
    }

    private async Task<IReadOnlyList<FilterOption>> OwnersAsync(CancellationToken cancellationToken)
        => (await session.Query<ContentItemIndex>()
                .Where(i => i.Latest && i.Owner != "")
                .GroupBy(i => new { i.Owner, i.Author })
                .Select(g => g.Key)
                .Take(200)
                .ToListAsync(cancellationToken))
            .GroupBy(o => o.Owner)
            .Select(g => new FilterOption(g.Key, g.Select(x => x.Author).FirstOrDefault(a => a.Length > 0) ?? g.Key))
            .OrderBy(o => o.Text, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every term of every published taxonomy, indented by level ("Tin tức › Hoạt động").</summary>
    private async Task<IReadOnlyList<FilterOption>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var taxonomies = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.Published && i.ContentType == "Taxonomy").OrderBy(i => i.DisplayText).Take(20),
            cancellationToken);
        return taxonomies
            .SelectMany(t => TaxonomyTerms.Flatten(t).Select(term => new FilterOption(term.ContentItemId, $"{t.DisplayText}: {new string('·', term.Level * 2)}{term.Name}")))
            .ToList();
    }
}
