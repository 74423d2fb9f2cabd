using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaRaiCms.Caching;
using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Site;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Text;

namespace SaRaiCms.Committee.Documents;

/// <summary>
/// The documents list: filters by type (?loai=) and year (?nam=), and a search by number and
/// symbol (?so=) on DocumentIndex.NumberKey, exact or prefix, so "45-NQ/ĐU", "45-nq/du" and
/// "45 NQ" all find 45-NQ/ĐU.
/// </summary>
public sealed class DocumentPages(IDocumentSession session, ContentLookup lookup, IVietnameseText text, IPageCacheDependencies dependencies)
{
    public const string ListPath = "/van-ban";

    public async Task<DocumentListPageViewModel> ListAsync(string? type, int? year, string? number, int page, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Document);
        type = string.IsNullOrWhiteSpace(type) ? null : type.Trim();
        number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        var key = DocumentNumber.Key(number);
        var pageSize = Math.Clamp((await session.GetSingletonAsync<SiteSettings>(cancellationToken))?.PageSize ?? 10, 1, 100);

        var published = session.Query<DocumentIndex>().Where(d => d.Published);
        var types = await published.Select(d => d.DocumentType).Distinct().ToListAsync(cancellationToken);
        var years = await published.Where(d => d.Year != null).Select(d => d.Year!.Value).Distinct().ToListAsync(cancellationToken);

        var query = published;
        if (type is not null)
        {
            query = query.Where(d => d.DocumentType == type);
        }

        if (year is not null)
        {
            query = query.Where(d => d.Year == year);
        }

        if (number is not null)
        {
            query = key.Length == 0 ? query.Where(d => false) : query.Where(d => d.NumberKey == key || d.NumberKey.StartsWith(key));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderBy(d => d.NumberKey == key ? 0 : 1)
            .ThenByDescending(d => d.IssuedDate).ThenBy(d => d.ContentItemId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new { d.ContentItemId, d.Number, d.DocumentType, d.IssuedDate })
            .ToListAsync(cancellationToken);
        var items = await lookup.PublishedAsync(rows.Select(r => r.ContentItemId), cancellationToken);
        var paths = await lookup.PathsAsync(rows.Select(r => r.ContentItemId), cancellationToken);

        var filters = new List<string>();
        if (type is not null)
        {
            filters.Add("loai=" + Uri.EscapeDataString(type));
        }

        if (year is not null)
        {
            filters.Add("nam=" + year.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (number is not null)
        {
            filters.Add("so=" + Uri.EscapeDataString(number));
        }

        var filterQuery = string.Join("&", filters);
        var canonical = ListPath + (filterQuery.Length > 0 ? "?" + filterQuery : "");
        return new DocumentListPageViewModel
        {
            Meta = new PageMeta
            {
                Title = "Văn bản",
                Description = "Nghị quyết, chỉ thị, kế hoạch, báo cáo, thông báo, quyết định của Đảng bộ: tra cứu theo loại, năm và số ký hiệu.",
                CanonicalPath = page > 1 ? canonical + (filterQuery.Length > 0 ? "&" : "?") + $"page={page}" : canonical,
                Breadcrumbs = [PageMeta.Home, new Breadcrumb("Văn bản")],
            },
            Type = type,
            Year = year,
            Number = number,
            Types = types.Order(text.Collation).Select(t => new FilterOption(t, t, t == type)).ToList(),
            Years = years.OrderDescending().Select(y => new FilterOption(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), y == year)).ToList(),
            Items = rows.Where(r => items.ContainsKey(r.ContentItemId)).Select(r =>
            {
                var part = items[r.ContentItemId].As<DocumentPart>() ?? new DocumentPart();
                return new DocumentRow(
                    r.Number,
                    items[r.ContentItemId].DisplayText,
                    paths.GetValueOrDefault(r.ContentItemId) ?? "#",
                    r.DocumentType,
                    r.IssuedDate is { } d ? VietnameseFormat.DocumentDate(d) : null,
                    r.IssuedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    part.Summary);
            }).ToList(),
            Pager = new Pager { Page = page, PageCount = pageCount, Total = total, UrlPrefix = canonical + (filterQuery.Length > 0 ? "&" : "?") + "page=" },
        };
    }

    /// <summary>The latest <paramref name="take"/> documents by date of issue, for the home page.</summary>
    public async Task<IReadOnlyList<DocumentRow>> LatestAsync(int take, CancellationToken cancellationToken)
    {
        dependencies.AddList(CommitteeTypes.Document);
        var rows = await session.Query<DocumentIndex>().Where(d => d.Published)
            .OrderByDescending(d => d.IssuedDate).ThenBy(d => d.ContentItemId).Take(take)
            .Select(d => new { d.ContentItemId, d.Number, d.DocumentType, d.IssuedDate })
            .ToListAsync(cancellationToken);
        var titles = await lookup.PublishedAsync(rows.Select(r => r.ContentItemId), cancellationToken);
        var paths = await lookup.PathsAsync(rows.Select(r => r.ContentItemId), cancellationToken);
        return rows.Where(r => titles.ContainsKey(r.ContentItemId)).Select(r => new DocumentRow(
            r.Number,
            titles[r.ContentItemId].DisplayText,
            paths.GetValueOrDefault(r.ContentItemId) ?? "#",
            r.DocumentType,
            r.IssuedDate is { } d ? VietnameseFormat.DocumentDate(d) : null,
            r.IssuedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            null)).ToList();
    }
}
