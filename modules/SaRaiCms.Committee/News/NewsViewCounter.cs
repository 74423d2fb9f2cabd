using Microsoft.EntityFrameworkCore;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.News;

/// <summary>
/// Counts reads of news articles in the <see cref="NewsViewCount"/> table: one UPDATE … SET
/// Views = Views + 1 per read (an INSERT for an article's first read), never a content save, so
/// reading an article does not make a new version of it.
/// </summary>
public sealed class NewsViewCounter(StoreDbContext db)
{
    /// <summary>Counts one read and returns the new total.</summary>
    public async Task<long> IncrementAsync(string contentItemId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.Set<NewsViewCount>()
                .Where(c => c.ContentItemId == contentItemId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Views, c => c.Views + 1), cancellationToken);
            if (updated == 0)
            {
                db.Set<NewsViewCount>().Add(new NewsViewCount { ContentItemId = contentItemId, Views = 1 });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return 1;
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    // Another request counted the first read at the same moment (unique index): count again as an update.
                    continue;
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }

            return await GetAsync(contentItemId, cancellationToken);
        }
    }

    public async Task<long> GetAsync(string contentItemId, CancellationToken cancellationToken)
        => await db.Set<NewsViewCount>().AsNoTracking().Where(c => c.ContentItemId == contentItemId).Select(c => c.Views).FirstOrDefaultAsync(cancellationToken);
}
