using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Infrastructure;

/// <summary>A hash of everything a recipe could change: documents, versions, index rows and migrations.</summary>
public static class StoreFingerprint
{
    public static Task<string> OfAsync(SiteFactory site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<StoreDbContext>();
        var builder = new StringBuilder();
        foreach (var doc in await db.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync())
        {
            builder.Append(doc.Id).Append('|').Append(doc.Type).Append('|').Append(doc.Version).Append('|').Append(doc.Content).Append('\n');
        }

        foreach (var row in await db.Set<ContentItemIndex>().AsNoTracking().OrderBy(r => r.Id).ToListAsync())
        {
            builder.Append(row.ContentItemVersionId).Append(row.Latest).Append(row.Published).Append('\n');
        }

        foreach (var migration in await db.DataMigrations.AsNoTracking().OrderBy(m => m.MigrationId).ToListAsync())
        {
            builder.Append(migration.MigrationId).Append(migration.Version).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    });
}
