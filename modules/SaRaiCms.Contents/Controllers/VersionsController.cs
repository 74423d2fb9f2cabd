using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Security;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Sites;
using SaRaiCms.Text;

namespace SaRaiCms.Contents.Controllers;

/// <summary>
/// An item's history: every stored version, any version shown read-only, two versions compared
/// part by part, and an earlier version restored as a new draft (never published). Whoever may
/// edit the item may do all of this.
/// </summary>
[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
[Route(AdminPaths.Prefix + "/contents/{contentItemId}/versions")]
public sealed class VersionsController(
    IContentManager contents,
    IContentAuthorizer authorizer,
    IContentDisplayManager display,
    IContentDefinitionManager definitions,
    ContentVersionDiff diff,
    ISiteTimeZone timeZone,
    IVietnameseText text,
    IIdGenerator ids) : Controller
{
    private const string Views = "/Areas/SaRaiCms.Contents/Views/Versions/";

    [HttpGet("")]
    public async Task<IActionResult> Index(string contentItemId, CancellationToken cancellationToken)
    {
        var history = await LoadAsync(contentItemId, cancellationToken);
        if (history is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, history.Current, cancellationToken))
        {
            return Forbid();
        }

        var rows = new List<VersionRowViewModel>();
        foreach (var version in history.Versions.Reverse())
        {
            rows.Add(await RowAsync(history, version, cancellationToken));
        }

        var type = await definitions.GetTypeAsync(history.Current.ContentType, cancellationToken);
        return View(Views + "Index.cshtml", new VersionListViewModel
        {
            ContentItemId = contentItemId,
            DisplayText = history.Current.DisplayText,
            TypeDisplayName = type?.DisplayName ?? history.Current.ContentType,
            Versions = rows,
            IsRemoved = history.IsRemoved,
        });
    }

    [HttpGet("compare")]
    public async Task<IActionResult> Compare(string contentItemId, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var history = await LoadAsync(contentItemId, cancellationToken);
        if (history is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, history.Current, cancellationToken))
        {
            return Forbid();
        }

        // Without a choice: the newest version against the one before it.
        var newer = to is null ? history.Versions[^1] : history.Find(to);
        var older = from is null ? history.Before(newer) : history.Find(from);
        if (newer is null || older is null)
        {
            return NotFound();
        }

        return View(Views + "Compare.cshtml", new VersionCompareViewModel
        {
            ContentItemId = contentItemId,
            DisplayText = history.Current.DisplayText,
            From = await RowAsync(history, older, cancellationToken),
            To = await RowAsync(history, newer, cancellationToken),
            Comparison = await diff.CompareAsync(older, newer, cancellationToken),
        });
    }

    [HttpGet("{versionId}")]
    public async Task<IActionResult> Display(string contentItemId, string versionId, CancellationToken cancellationToken)
    {
        var history = await LoadAsync(contentItemId, cancellationToken);
        if (history?.Find(versionId) is not { } version)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, history.Current, cancellationToken))
        {
            return Forbid();
        }

        return View(Views + "Display.cshtml", new VersionDisplayViewModel
        {
            ContentItemId = contentItemId,
            Version = await RowAsync(history, version, cancellationToken),
            DisplayText = version.DisplayText,
            Content = await display.BuildDisplayAsync(version, "Detail", cancellationToken),
        });
    }

    [HttpPost("{versionId}/restore")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Restore(string contentItemId, string versionId, CancellationToken cancellationToken)
    {
        var history = await LoadAsync(contentItemId, cancellationToken);
        if (history?.Find(versionId) is not { } source)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentAction.Edit, history.Current, cancellationToken))
        {
            return Forbid();
        }

        var draft = await contents.GetAsync(contentItemId, VersionOptions.DraftRequired, cancellationToken);
        if (draft is null)
        {
            TempData.Error("Nội dung này đã bị xóa nên không khôi phục được phiên bản.");
            return RedirectToAction(nameof(Index), new { contentItemId });
        }

        var restored = AsNewVersion(draft);
        restored.Content = (JsonObject)source.Content.DeepClone();
        restored.DisplayText = source.DisplayText;
        restored.Author = User.Identity?.Name ?? restored.Author;
        try
        {
            var result = await contents.UpdateAsync(restored, cancellationToken);
            if (!result.Succeeded)
            {
                TempData.Error("Không khôi phục được phiên bản: " + string.Join(" ", result.Errors.Select(e => e.Message)));
                return RedirectToAction(nameof(Index), new { contentItemId });
            }

            await contents.SaveChangesAsync(cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            TempData.Error("Có người vừa lưu nội dung này. Phiên bản chưa được khôi phục; hãy xem lại lịch sử rồi thử lại.");
            return RedirectToAction(nameof(Index), new { contentItemId });
        }

        TempData.Success($"Đã khôi phục phiên bản lưu lúc {await WhenAsync(source, cancellationToken)} thành bản nháp mới. Bản đang xuất bản không thay đổi.");
        return RedirectToAction(nameof(Index), new { contentItemId });
    }

    /// <summary>
    /// A version that has not been stored yet. A published latest version already comes back as a
    /// new draft; a stored draft (or the only version of a type without drafts) is copied too, so
    /// restoring never overwrites a version and the replaced draft stays in the history.
    /// </summary>
    private ContentItem AsNewVersion(ContentItem latest)
    {
        if (latest.Id == 0)
        {
            return latest;
        }

        var copy = latest.Clone();
        copy.Id = 0;
        copy.DocumentVersion = 0;
        copy.ContentItemVersionId = ids.GenerateUniqueId();
        copy.Published = false;
        copy.Latest = true;
        copy.DraftBasedOn = $"{latest.ContentItemVersionId}:{latest.DocumentVersion}";
        return copy;
    }

    private async Task<History?> LoadAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var versions = await contents.GetVersionsAsync(contentItemId, cancellationToken);
        return versions.Count == 0 ? null : new History(versions);
    }

    private async Task<VersionRowViewModel> RowAsync(History history, ContentItem version, CancellationToken cancellationToken) => new()
    {
        VersionId = version.ContentItemVersionId,
        Who = version.Author is { Length: > 0 } author ? author : version.Owner is { Length: > 0 } owner ? owner : "—",
        When = await WhenAsync(version, cancellationToken),
        State = history.StateOf(version),
    };

    private async Task<string> WhenAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if ((version.ModifiedUtc ?? version.CreatedUtc) is not { } utc)
        {
            return "—";
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), await timeZone.GetAsync(cancellationToken));
        return $"{local:HH:mm}, {text.FormatShortDate(local)}";
    }

    /// <summary>An item's stored versions, oldest first (the store's order of saving).</summary>
    private sealed class History(IReadOnlyList<ContentItem> versions)
    {
        public IReadOnlyList<ContentItem> Versions { get; } = versions;

        /// <summary>No version is latest once the item was removed.</summary>
        public bool IsRemoved { get; } = !versions.Any(v => v.Latest || v.Published);

        /// <summary>The version permissions are decided on: the latest, or the last one of a removed item.</summary>
        public ContentItem Current => Versions.FirstOrDefault(v => v.Latest) ?? Versions[^1];

        public ContentItem? Find(string versionId) => Versions.FirstOrDefault(v => v.ContentItemVersionId == versionId);

        public ContentItem? Before(ContentItem? version)
        {
            var index = version is null ? -1 : Versions.ToList().IndexOf(version);
            return index > 0 ? Versions[index - 1] : null;
        }

        public VersionState StateOf(ContentItem version)
            => version.Published ? VersionState.Published
                : version.Latest ? VersionState.LatestDraft
                : IsRemoved && ReferenceEquals(version, Versions[^1]) ? VersionState.Removed
                : VersionState.Earlier;
    }
}
