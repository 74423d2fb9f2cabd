using SaRaiCms.Caching;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.OutputCache;

/// <summary>Every cached page carries its site's tag (<see cref="PageCacheTags.Site"/>); evicting it drops them all.</summary>
public sealed class SitePageCache(IDocumentSession session, ISiteAccessor sites, PageCacheEvictor evictor) : ISitePageCache
{
    public void EvictAllAfterCommit()
    {
        var tag = PageCacheTags.Site(sites.Current.Name);
        session.AfterCommit(() => evictor.Evict([tag]));
    }
}
