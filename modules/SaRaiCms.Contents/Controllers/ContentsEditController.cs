using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Admin;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Security;
using SaRaiCms.Contents.Workflow;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// Creating and editing an item with the editors its type definition builds, and the
/// workflow buttons: save a draft, submit for review, publish now or at a set time.
/// Every post re-checks permissions on the stored item; a refused or invalid post changes nothing.
/// </summary>
[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
public sealed class ContentsEditController(
    IContentManager content,
    IContentDisplayManager display,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    ContentWorkflow workflow,
    ISiteTimeZone timeZone,
    IVietnameseText text,
    TimeProvider clock) : Controller
{
    private const string EditView = "/Areas/SaRaiCms.Contents/Views/Admin/Edit.cshtml";

    public const string Save = "save";
    public const string Submit = "submit";
    public const string Publish = "publish";
    public const string Schedule = "schedule";

    [HttpGet("/admin/contents/new/{contentType}")]
    public async Task<IActionResult> Create(string contentType, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(contentType, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        if (!await authorizer.CanCreateAsync(User, type.Name, cancellationToken))
        {
            return Forbid();
        }

        var item = await NewItemAsync(type.Name, cancellationToken);
        return await EditorAsync(item, await display.BuildEditorAsync(item, cancellationToken), isNew: true, basedOn: "", cancellationToken: cancellationToken);
    }

    [HttpPost("/admin/contents/new/{contentType}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CreatePost(string contentType, [FromForm] string? submitAction, [FromForm] string? scheduleAt, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(contentType, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        if (!await authorizer.CanCreateAsync(User, type.Name, cancellationToken))
        {
            return Forbid();
        }

        var item = await NewItemAsync(type.Name, cancellationToken);
        var editor = await display.UpdateEditorAsync(item, new ControllerUpdateModel(this), cancellationToken);
        var action = submitAction ?? Save;
        if (await CheckActionAsync(item, action, cancellationToken) is { } refused)
        {
            return refused;
        }

        var scheduleUtc = await ReadScheduleAsync(action, scheduleAt, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditorAsync(item, editor, isNew: true, basedOn: "", cancellationToken: cancellationToken);
        }

        Mark(item, action, scheduleUtc);
        try
        {
            await content.CreateAsync(item, VersionOptions.Draft, cancellationToken);
        }
        catch (ContentValidationException e)
        {
            AddErrors(e.Result);
            return await EditorAsync(item, editor, isNew: true, basedOn: "", cancellationToken: cancellationToken);
        }

        if (action == Publish && !await TryPublishAsync(item, cancellationToken))
        {
            // Nothing was saved: the unit of work is dropped with the request.
            return await EditorAsync(item, editor, isNew: true, basedOn: "", cancellationToken: cancellationToken);
        }

        await content.SaveChangesAsync(cancellationToken);
        Notify(item, action);
        return Redirect($"/admin/contents/{item.ContentItemId}/edit");
    }

    [HttpGet("/admin/contents/{contentItemId}/edit")]
    public async Task<IActionResult> Edit(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, latest, cancellationToken))
        {
            return Forbid();
        }

        return await EditorAsync(latest, await display.BuildEditorAsync(latest, cancellationToken), isNew: false, basedOn: VersionKey(latest), cancellationToken: cancellationToken);
    }

    [HttpPost("/admin/contents/{contentItemId}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EditPost(string contentItemId, [FromForm] string? basedOn, [FromForm] string? submitAction, [FromForm] string? scheduleAt, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, latest, cancellationToken))
        {
            return Forbid();
        }

        var action = submitAction ?? Save;
        // A published version of a type without drafts is changed in place: that is publishing.
        var item = (await content.GetAsync(contentItemId, VersionOptions.DraftRequired, cancellationToken))!;
        if (item.Published && action != Publish)
        {
            action = Publish;
        }

        var editor = await display.UpdateEditorAsync(item, new ControllerUpdateModel(this), cancellationToken);
        if (await CheckActionAsync(item, action, cancellationToken) is { } refused)
        {
            return refused;
        }

        var current = VersionKey(latest);
        if (!string.Equals(basedOn, current, StringComparison.Ordinal))
        {
            // Someone saved after this editor was opened: keep what was typed, save nothing.
            return await EditorAsync(item, editor, isNew: false, basedOn: current, conflict: ConflictMessage(latest), cancellationToken: cancellationToken);
        }

        var scheduleUtc = await ReadScheduleAsync(action, scheduleAt, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditorAsync(item, editor, isNew: false, basedOn: current, cancellationToken: cancellationToken);
        }

        Mark(item, action, scheduleUtc);
        item.Author = User.Identity?.Name ?? item.Author;
        try
        {
            var result = await content.UpdateAsync(item, cancellationToken);
            if (!result.Succeeded)
            {
                AddErrors(result);
                return await EditorAsync(item, editor, isNew: false, basedOn: current, cancellationToken: cancellationToken);
            }

            if (action == Publish && !await TryPublishAsync(item, cancellationToken))
            {
                return await EditorAsync(item, editor, isNew: false, basedOn: current, cancellationToken: cancellationToken);
            }

            await content.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is ContentConcurrencyException or DocumentConcurrencyException)
        {
            var now = await content.GetAsync(contentItemId, VersionOptions.Latest, CancellationToken.None);
            return await EditorAsync(item, editor, isNew: false, basedOn: now is null ? current : VersionKey(now), conflict: now is null ? e.Message : ConflictMessage(now), cancellationToken: cancellationToken);
        }

        Notify(item, action);
        return Redirect($"/admin/contents/{item.ContentItemId}/edit");
    }

    [HttpPost("/admin/contents/{contentItemId}/publish")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> PublishPost(string contentItemId, CancellationToken cancellationToken)
        => ChangeAsync(contentItemId, ContentAction.Publish, async item => await content.PublishAsync(item, cancellationToken), "Đã xuất bản", cancellationToken);

    [HttpPost("/admin/contents/{contentItemId}/unpublish")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> UnpublishPost(string contentItemId, CancellationToken cancellationToken)
        => ChangeAsync(contentItemId, ContentAction.Publish, async item => await content.UnpublishAsync(item, cancellationToken), "Đã gỡ xuất bản", cancellationToken);

    [HttpPost("/admin/contents/{contentItemId}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> DeletePost(string contentItemId, CancellationToken cancellationToken)
        => ChangeAsync(contentItemId, ContentAction.Delete, async item => await content.RemoveAsync(item, cancellationToken), "Đã xóa", cancellationToken);

    private async Task<IActionResult> ChangeAsync(string contentItemId, ContentAction action, Func<ContentItem, Task> change, string done, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, action, latest, cancellationToken))
        {
            return Forbid();
        }

        try
        {
            await change(latest);
        }
        catch (ContentValidationException e)
        {
            // A module refuses to publish it as it is (for example an image without alt text).
            TempData.Error(string.Join(" ", e.Result.Errors.Select(x => x.Message)));
            return Redirect($"/admin/contents/{contentItemId}/edit");
        }

        await content.SaveChangesAsync(cancellationToken);
        TempData.Success($"{done} “{latest.DisplayText}”.");
        return action == ContentAction.Delete ? Redirect("/admin/contents") : Redirect($"/admin/contents/{contentItemId}/edit");
    }

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string contentType, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(contentType, cancellationToken) is { } type && type.TypeSettings.Creatable && string.IsNullOrEmpty(type.TypeSettings.Stereotype)
            ? type
            : null;

    private async Task<ContentItem> NewItemAsync(string contentType, CancellationToken cancellationToken)
    {
        var item = await content.NewAsync(contentType, cancellationToken);
        item.Owner = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        item.Author = User.Identity?.Name ?? "";
        return item;
    }

    /// <summary>Publishing and scheduling need the publish permission on this item; anything else only edit (checked before).</summary>
    private async Task<IActionResult?> CheckActionAsync(ContentItem item, string action, CancellationToken cancellationToken)
    {
        if (action is not (Save or Submit or Publish or Schedule))
        {
            return BadRequest("Thao tác không hợp lệ.");
        }

        return action is Publish or Schedule && !await authorizer.CanAsync(User, ContentAction.Publish, item, cancellationToken) ? Forbid() : null;
    }

    private async Task<DateTime?> ReadScheduleAsync(string action, string? scheduleAt, CancellationToken cancellationToken)
    {
        if (action != Schedule)
        {
            return null;
        }

        if (!DateTime.TryParseExact(scheduleAt, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            ModelState.AddModelError("scheduleAt", "Hãy chọn ngày và giờ xuất bản.");
            return null;
        }

        var zone = await timeZone.GetAsync(cancellationToken);
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        if (utc <= clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError("scheduleAt", "Thời điểm xuất bản phải ở tương lai.");
            return null;
        }

        return utc;
    }

    private void Mark(ContentItem item, string action, DateTime? scheduleUtc)
    {
        switch (action)
        {
            case Submit:
                workflow.MarkSubmitted(item, User.Identity?.Name ?? "");
                break;
            case Schedule when scheduleUtc is { } when:
                workflow.MarkScheduled(item, when);
                break;
            default:
                ContentWorkflow.ClearSchedule(item);
                break;
        }
    }

    private void Notify(ContentItem item, string action)
    {
        TempData.Success(action switch
        {
            Submit => $"Đã gửi duyệt “{item.DisplayText}”.",
            Publish => $"Đã xuất bản “{item.DisplayText}”.",
            Schedule => $"Đã lên lịch xuất bản “{item.DisplayText}”.",
            _ => $"Đã lưu bản nháp “{item.DisplayText}”.",
        });
        if (LegacyPasteWarning() is { } warning)
        {
            TempData.Error(warning);
        }
    }

    /// <summary>Publishing runs the modules' publish checks; a refusal becomes messages on the form.</summary>
    private async Task<bool> TryPublishAsync(ContentItem item, CancellationToken cancellationToken)
    {
        try
        {
            await content.PublishAsync(item, cancellationToken);
            return true;
        }
        catch (ContentValidationException e)
        {
            AddErrors(e.Result);
            return false;
        }
    }

    /// <summary>Text typed with a TCVN3 or VNI keyboard anywhere in the posted form: a warning for the editor, nothing converted.</summary>
    private string? LegacyPasteWarning()
        => Request.HasFormContentType
            ? text.DetectLegacyEncoding(string.Join("\n", Request.Form.Where(f => f.Key != "__RequestVerificationToken").SelectMany(f => f.Value.OfType<string>()))).Message
            : null;

    private void AddErrors(ContentValidationResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Member, error.Message);
        }
    }

    private static string VersionKey(ContentItem item) => $"{item.ContentItemVersionId}:{item.DocumentVersion}";

    private string ConflictMessage(ContentItem latest)
        => $"“{latest.DisplayText}” vừa được {(latest.Author is { Length: > 0 } a ? a : "người khác")} lưu lúc {latest.ModifiedUtc:HH:mm dd/MM/yyyy} (UTC) sau khi bạn mở trang này. "
           + "Thay đổi của bạn CHƯA được lưu và vẫn còn nguyên bên dưới: hãy xem lại bản mới nhất (mở trong thẻ khác), rồi bấm lưu lần nữa nếu vẫn muốn ghi đè.";

    private async Task<IActionResult> EditorAsync(ContentItem item, ContentShape editor, bool isNew, string basedOn, string? conflict = null, CancellationToken cancellationToken = default)
    {
        var type = editor.TypeDefinition;
        var review = item.As<ReviewPart>();
        var zone = await timeZone.GetAsync(cancellationToken);
        var published = !isNew && (item.Published || await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is not null);
        var warning = LegacyPasteWarning();
        if (conflict is not null || !ModelState.IsValid)
        {
            Response.StatusCode = conflict is not null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        return View(EditView, new ContentEditViewModel
        {
            Editor = editor,
            Item = item,
            TypeDisplayName = type.DisplayName,
            IsNew = isNew,
            BasedOn = basedOn,
            Status = isNew ? ContentStatus.Draft : ContentStatusText.Of(item),
            HasPublished = published,
            CanPublish = await authorizer.CanAsync(User, ContentAction.Publish, item, cancellationToken),
            CanDelete = !isNew && await authorizer.CanAsync(User, ContentAction.Delete, item, cancellationToken),
            CanReview = !isNew && await authorizer.CanAsync(User, ContentAction.Review, item, cancellationToken),
            Draftable = type.TypeSettings.Draftable,
            ReviewComment = review?.State == ReviewState.Returned ? review.Comment : null,
            ReviewedBy = review?.ReviewedBy,
            ScheduledLocal = review?.ScheduledPublishUtc is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null,
            Conflict = conflict,
            Warnings = warning is { } w ? [w] : [],
            PublicUrl = published && item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path : null,
        });
    }
}
