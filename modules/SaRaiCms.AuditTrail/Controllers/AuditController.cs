using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.AuditTrail.ViewModels;
using SaRaiCms.Sites;
using SaRaiCms.Text;

namespace SaRaiCms.AuditTrail.Controllers;

/// <summary>The audit trail, newest first, for administrators (ViewAuditTrail).</summary>
[Admin]
[Authorize(Policy = "perm:ViewAuditTrail")]
public sealed class AuditController(AuditEventQuery query, ISiteTimeZone timeZone, IVietnameseText text) : Controller
{
    private const int PageSize = 50;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    [HttpGet(AdminPaths.Prefix + "/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterInput filter, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var zone = await timeZone.GetAsync(cancellationToken);
        var from = ParseDate(filter.From, nameof(filter.From), "Từ ngày");
        var to = ParseDate(filter.To, nameof(filter.To), "Đến ngày");
        if (from is not null && to is not null && from > to)
        {
            ModelState.AddModelError(nameof(filter.To), "“Đến ngày” phải sau hoặc bằng “Từ ngày”.");
            to = null;
        }

        if (filter.Category is { Length: > 0 } category && !AuditCategories.Labels.ContainsKey(category))
        {
            ModelState.AddModelError(nameof(filter.Category), "Nhóm sự kiện không hợp lệ.");
            filter.Category = null;
        }

        var page = Math.Max(filter.Page, 1);
        var result = await query.ListAsync(
            new AuditFilter(filter.Category, filter.User, StartUtc(from, zone), StartUtc(to?.AddDays(1), zone)),
            page,
            PageSize,
            cancellationToken);

        return View("/Areas/SaRaiCms.AuditTrail/Views/Audit/Index.cshtml", new AuditListViewModel
        {
            Filter = filter,
            Categories = AuditCategories.Labels.Select(c => new AuditOption(c.Key, c.Value)).ToList(),
            Events = result.Events.Select(e => Row(e, zone)).ToList(),
            Total = result.Total,
            Page = page,
            PageCount = Math.Max(1, (result.Total + PageSize - 1) / PageSize),
            FilterQuery = new QueryBuilder(
                new[] { ("category", filter.Category), ("user", filter.User), ("from", filter.From), ("to", filter.To) }
                    .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
                    .Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2!))).ToString(),
        });
    }

    private DateOnly? ParseDate(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"“{label}” không phải là ngày hợp lệ (ví dụ 28/6/2023).");
        return null;
    }

    /// <summary>Midnight of a site-local date, in UTC.</summary>
    private static DateTime? StartUtc(DateOnly? date, TimeZoneInfo zone)
        => date is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone) : null;

    private AuditRowViewModel Row(AuditEvent e, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc), zone);
        return new AuditRowViewModel(
            $"{local:HH:mm:ss}, {text.FormatShortDate(local)}",
            AuditCategories.Labels.GetValueOrDefault(e.Category, e.Category),
            e.Name,
            AuditEventNames.Label(e.Name),
            e.UserName,
            e.ContentItemId,
            e.DisplayText,
            Describe(e),
            e.ClientIpAddress);
    }

    /// <summary>The event's details in a sentence.</summary>
    private static string? Describe(AuditEvent e) => e.Name switch
    {
        AuditEventNames.SignInFailed => (string?)e.Details["reason"] switch
        {
            "UnknownUser" => "Không có tài khoản với tên này.",
            "WrongPassword" => "Sai mật khẩu.",
            "LockedOut" => "Tài khoản đang bị khóa tạm thời.",
            "NotAllowed" => "Tài khoản đã bị vô hiệu hóa.",
            _ => null,
        },
        AuditEventNames.UserRoleAdded => $"Người dùng {(string?)e.Details["user"]}: thêm vai trò {(string?)e.Details["role"]}.",
        AuditEventNames.UserRoleRemoved => $"Người dùng {(string?)e.Details["user"]}: bỏ vai trò {(string?)e.Details["role"]}.",
        AuditEventNames.RolePermissionsChanged => $"Vai trò {(string?)e.Details["role"]}: thêm quyền {List(e.Details["added"])}; bỏ quyền {List(e.Details["removed"])}.",
        _ => null,
    };

    private static string List(JsonNode? node)
        => node is JsonArray { Count: > 0 } array ? string.Join(", ", array.Select(v => (string?)v)) : "(không có)";
}
