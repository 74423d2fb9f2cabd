using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Contents.Security;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Display;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// What happens between writing and publishing: the preview of the latest version as the
/// public would see it, and the reviewer's page to approve (publish) or return it with a comment.
/// </summary>
[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
public sealed class ContentsReviewController(
    IContentManager content,
    IContentDisplayManager display,
    IContentAuthorizer authorizer,
    ContentWorkflow workflow,
    IDocumentSession session) : Controller
{
    private const string ReviewView = "/Areas/SaRaiCms.Contents/Views/Admin/Review.cshtml";

    /// <summary>The latest version rendered by the public theme (its page view and layout), never cached, never indexed.</summary>
    [HttpGet("/admin/contents/{contentItemId}/preview")]
    public async Task<IActionResult> Preview(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, latest, cancellationToken) && !await authorizer.CanAsync(User, ContentAction.Review, latest, cancellationToken))
        {
            return Forbid();
        }

        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        ViewData["Preview"] = true;
        return View("/Areas/SaRaiCms.Contents/Views/Item/Display.cshtml", new ItemPageViewModel
        {
            SiteName = settings.SiteName,
            Title = latest.DisplayText,
            Content = await display.BuildDisplayAsync(latest, "Detail", cancellationToken),
        });
    }

    [HttpGet("/admin/contents/{contentItemId}/review")]
    public async Task<IActionResult> Review(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        return !await authorizer.CanAsync(User, ContentAction.Review, latest, cancellationToken)
            ? Forbid()
            : await ReviewPageAsync(latest, null, null, cancellationToken);
    }

    [HttpPost("/admin/contents/{contentItemId}/approve")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Approve(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Review, latest, cancellationToken))
        {
            return Forbid();
        }

        if (ContentStatusText.Of(latest) != ContentStatus.WaitingForReview)
        {
            return await ReviewPageAsync(latest, null, "Nội dung này không ở trạng thái chờ duyệt.", cancellationToken);
        }

        await workflow.ApproveAsync(latest, User.Identity?.Name ?? "", cancellationToken);
        await content.SaveChangesAsync(cancellationToken);
        TempData.Success($"Đã duyệt và xuất bản “{latest.DisplayText}”.");
        return Redirect("/admin/contents?status=WaitingForReview");
    }

    [HttpPost("/admin/contents/{contentItemId}/return")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Return(string contentItemId, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Review, latest, cancellationToken))
        {
            return Forbid();
        }

        if (ContentStatusText.Of(latest) != ContentStatus.WaitingForReview)
        {
            return await ReviewPageAsync(latest, comment, "Nội dung này không ở trạng thái chờ duyệt.", cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            ModelState.AddModelError("comment", "Hãy ghi lý do trả lại để tác giả biết cần sửa gì.");
            return await ReviewPageAsync(latest, comment, null, cancellationToken);
        }

        var result = await workflow.ReturnAsync(latest, User.Identity?.Name ?? "", comment, cancellationToken);
        if (!result.Succeeded)
        {
            return await ReviewPageAsync(latest, comment, string.Join(" ", result.Errors.Select(e => e.Message)), cancellationToken);
        }

        await content.SaveChangesAsync(cancellationToken);
        TempData.Success($"Đã trả lại “{latest.DisplayText}” cho tác giả.");
        return Redirect("/admin/contents?status=WaitingForReview");
    }

    private async Task<IActionResult> ReviewPageAsync(ContentItem latest, string? comment, string? error, CancellationToken cancellationToken)
    {
        if (error is not null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(ReviewView, new ContentReviewViewModel
        {
            Display = await display.BuildDisplayAsync(latest, "Detail", cancellationToken),
            Item = latest,
            Status = ContentStatusText.Of(latest),
            SubmittedBy = latest.As<ReviewPart>()?.SubmittedBy,
            Comment = comment,
            Error = error,
        });
    }
}
