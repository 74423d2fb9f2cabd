using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Services;

/// <summary>Who an event is about when it is not the signed-in user (the account signing in).</summary>
public sealed record AuditActor(string UserName, string? UserId);

/// <summary>Records audit events. Modules that want to record their own events call it.</summary>
public interface IAuditTrail
{
    /// <summary>
    /// Adds an event to the current unit of work: it is written with the caller's next
    /// SaveChanges, and not at all when that work is rolled back or never saved.
    /// </summary>
    /// <param name="actor">Null: the signed-in user of the request, or <see cref="AuditTrailService.SystemUserName"/> outside one.</param>
    AuditEvent Record(string category, string name, AuditActor? actor = null, ContentItem? content = null, JsonObject? details = null);
}

public sealed class AuditTrailService(IDocumentSession session, IHttpContextAccessor http, TimeProvider clock, IIdGenerator ids) : IAuditTrail
{
    /// <summary>Who did what no signed-in user did: setup, recipes, scheduled work.</summary>
    public const string SystemUserName = "hệ thống";

    public AuditEvent Record(string category, string name, AuditActor? actor = null, ContentItem? content = null, JsonObject? details = null)
    {
        var context = http.HttpContext;
        actor ??= CurrentUser(context?.User);
        var e = new AuditEvent
        {
            EventId = ids.GenerateUniqueId(),
            Category = category,
            Name = name,
            UserName = actor.UserName,
            UserId = actor.UserId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ClientIpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            ContentItemId = content?.ContentItemId,
            ContentType = content?.ContentType,
            DisplayText = content?.DisplayText,
            Details = details ?? new JsonObject(),
        };
        session.Save(e);
        return e;
    }

    private static AuditActor CurrentUser(ClaimsPrincipal? user)
        => user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? new AuditActor(name, user.FindFirstValue(ClaimTypes.NameIdentifier))
            : new AuditActor(SystemUserName, null);
}
