using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.ContentManagement;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Committee.Site;

/// <summary>/sitemap.xml (every published routed item and the list pages) and /rss.xml (the latest news), written with XmlWriter.</summary>
public sealed class Feeds(IDocumentSession session, ContentLookup lookup, IContentLinks links, IPageCacheDependencies dependencies)
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    /// <summary>The list pages of the committee site, listed in the sitemap before the items.</summary>
    public static readonly IReadOnlyList<string> ListPages = ["/", NewsPages.ListPath, MeetingPages.ListPath, LeadershipPages.Path, OrganisationPages.TreePath, DocumentPages.ListPath, TaskPages.Path];

    public async Task<byte[]> SitemapAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var items = await links.PublishedRoutesAsync(cancellationToken);

        return Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            foreach (var page in ListPages)
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, SiteChrome.Absolute(request, page));
                writer.WriteEndElement();
            }

            foreach (var item in items.DistinctBy(i => i.Path))
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, SiteChrome.Absolute(request, item.Path));
                if ((item.ModifiedUtc ?? item.PublishedUtc) is { } modified)
                {
                    writer.WriteElementString("lastmod", SitemapNs, DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>RSS 2.0 of the latest <paramref name="take"/> published news articles, newest first.</summary>
    public async Task<byte[]> RssAsync(HttpRequest request, int take, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.News);
        var settings = await session.GetSingletonAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        var rows = session.Query<NewsIndex>();
        var ids = await rows.Where(n => n.Published).OnePerArticle(rows).NewestFirst().Take(take)
            .Select(n => n.ContentItemId).ToListAsync(cancellationToken);
        var items = await lookup.PublishedAsync(ids, cancellationToken);
        var paths = await lookup.PathsAsync(ids, cancellationToken);
        var articles = ids.Where(items.ContainsKey).Select(id => items[id]).ToList();

        return Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, AtomNs);
            writer.WriteAttributeString("xmlns", "dc", null, DcNs);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", settings.SiteName);
            writer.WriteElementString("link", SiteChrome.Absolute(request, NewsPages.ListPath));
            writer.WriteElementString("description", $"Tin tức của {settings.SiteName}");
            writer.WriteElementString("language", "vi-VN");
            writer.WriteStartElement("atom", "link", AtomNs);
            writer.WriteAttributeString("href", SiteChrome.Absolute(request, "/rss.xml"));
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            if (articles.Count > 0 && NewsPart.Of(articles[0]).DateUtc(articles[0]) is { } newest)
            {
                writer.WriteElementString("lastBuildDate", Rfc822(newest));
            }

            foreach (var article in articles)
            {
                var link = SiteChrome.Absolute(request, paths.GetValueOrDefault(article.ContentItemId) ?? NewsPages.ListPath);
                writer.WriteStartElement("item");
                writer.WriteElementString("title", article.DisplayText);
                writer.WriteElementString("link", link);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(link);
                writer.WriteEndElement();
                if (NewsPart.Of(article).DateUtc(article) is { } date)
                {
                    writer.WriteElementString("pubDate", Rfc822(date));
                }

                if (NewsPart.Of(article).LeadText is { } lead)
                {
                    writer.WriteElementString("description", lead);
                }

                if (NewsPart.Of(article).BylineText is { } byline)
                {
                    writer.WriteElementString("dc", "creator", DcNs, byline);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    private static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
