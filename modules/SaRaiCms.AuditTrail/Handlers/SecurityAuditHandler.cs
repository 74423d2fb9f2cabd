using System.Text.Json.Nodes;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.Security;

namespace SaRaiCms.AuditTrail.Handlers;

/// <summary>Sign-ins, sign-outs, lockouts and permission changes, as the users module and the Roles recipe step raise them.</summary>
public sealed class SecurityAuditHandler(IAuditTrail audit) : SecurityEventHandler
{
    public override Task SignedInAsync(AccountEvent e, CancellationToken cancellationToken)
        => Record(AuditCategories.Account, AuditEventNames.SignedIn, new AuditActor(e.UserName, e.UserId));

    /// <summary>The name as typed and the reason; the password never reaches this handler.</summary>
    public override Task SignInFailedAsync(SignInFailedEvent e, CancellationToken cancellationToken)
        => Record(AuditCategories.Account, AuditEventNames.SignInFailed, new AuditActor(e.UserName, e.UserId), new JsonObject { ["reason"] = e.Reason.ToString() });

    public override Task LockedOutAsync(AccountEvent e, CancellationToken cancellationToken)
        => Record(AuditCategories.Account, AuditEventNames.LockedOut, new AuditActor(e.UserName, e.UserId));

    public override Task SignedOutAsync(AccountEvent e, CancellationToken cancellationToken)
        => Record(AuditCategories.Account, AuditEventNames.SignedOut, new AuditActor(e.UserName, e.UserId));

    public override Task UserRoleChangedAsync(UserRoleEvent e, CancellationToken cancellationToken)
        => Record(
            AuditCategories.Permissions,
            e.Added ? AuditEventNames.UserRoleAdded : AuditEventNames.UserRoleRemoved,
            actor: null,
            new JsonObject { ["user"] = e.UserName, ["userId"] = e.UserId, ["role"] = e.Role });

    public override Task RolePermissionsChangedAsync(RolePermissionsEvent e, CancellationToken cancellationToken)
        => Record(
            AuditCategories.Permissions,
            AuditEventNames.RolePermissionsChanged,
            actor: null,
            new JsonObject
            {
                ["role"] = e.Role,
                ["before"] = Array(e.Before),
                ["after"] = Array(e.After),
                ["added"] = Array(e.After.Except(e.Before, StringComparer.Ordinal)),
                ["removed"] = Array(e.Before.Except(e.After, StringComparer.Ordinal)),
            });

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private Task Record(string category, string name, AuditActor? actor, JsonObject? details = null)
    {
        audit.Record(category, name, actor, details: details);
        return Task.CompletedTask;
    }
}
