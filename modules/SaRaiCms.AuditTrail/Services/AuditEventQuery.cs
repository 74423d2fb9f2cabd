using Microsoft.EntityFrameworkCore;
using SaRaiCms.AuditTrail.Indexes;
using SaRaiCms.AuditTrail.Models;
using SaRaiCms.Store;

namespace SaRaiCms.AuditTrail.Services;

/// <summary>What the audit page asks for; null filters are not applied. Dates are UTC, <see cref="ToUtc"/> exclusive.</summary>
public sealed record AuditFilter(string? Category = null, string? UserName = null, DateTime? FromUtc = null, DateTime? ToUtc = null);

public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, int Total);

/// <summary>Lists events newest first, filtered and paged by the database.</summary>
public sealed class AuditEventQuery(IDocumentSession session)
{
    public async Task<AuditPage> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = session.Query<AuditEventIndex>();
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(i => i.Category == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var key = AuditEventIndexProvider.Key(filter.UserName);
            query = query.Where(i => i.UserNameKey == key);
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(i => i.CreatedUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(i => i.CreatedUtc < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var events = await session.ListAsync<AuditEvent, AuditEventIndex>(
            query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize),
            cancellationToken);
        return new AuditPage(events, total);
    }
}
