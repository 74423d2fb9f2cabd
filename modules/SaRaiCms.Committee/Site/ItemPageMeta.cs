using System.Net;
using System.Text.RegularExpressions;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Committee.Site;

/// <summary>
/// The page meta of an item's own page (the catch-all item route): breadcrumbs through the list
/// page of its type, a description for link previews (the news lead, the meeting's or
/// document's summary, else the start of the body), the article type and image for Open Graph.
/// </summary>
public sealed partial class ItemPageMeta(NewsCategories newsCategories)
{
    /// <summary>The list page each committee type belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, Breadcrumb> Sections = new Dictionary<string, Breadcrumb>(StringComparer.Ordinal)
    {
        [CommitteeTypes.News] = new("Tin tức", NewsPages.ListPath),
        [CommitteeTypes.Meeting] = new("Hội nghị", MeetingPages.ListPath),
        [CommitteeTypes.Official] = new("Lãnh đạo", LeadershipPages.Path),
        [CommitteeTypes.Organisation] = new("Tổ chức", OrganisationPages.TreePath),
        [CommitteeTypes.TaskList] = new("Nhiệm vụ", TaskPages.Path),
        [CommitteeTypes.Document] = new("Văn bản", DocumentPages.ListPath),
    };

    public async Task<PageMeta> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var title = item.DisplayText is { Length: > 0 } t ? t : item.As<TitlePart>()?.Title ?? "";
        var crumbs = new List<Breadcrumb> { PageMeta.Home };
        if (Sections.TryGetValue(item.ContentType, out var section))
        {
            crumbs.Add(section);
        }

        string? image = null;
        if (item.ContentType == CommitteeTypes.News)
        {
            var ids = NewsPart.Of(item).CategoryIds;
            if ((await newsCategories.GetAsync(null, cancellationToken)).FirstOrDefault(c => ids.Contains(c.ContentItemId)) is { } category)
            {
                crumbs.Add(new Breadcrumb(category.Name, category.Url));
            }

            image = NewsPart.Of(item).Image()?.Url;
        }
        else if (item.As<OfficialPart>() is { PhotoPath.Length: > 0 } official && SafeUrl.IsAllowedMediaPath(official.PhotoPath))
        {
            image = SafeUrl.MediaUrl(official.PhotoPath);
        }

        crumbs.Add(new Breadcrumb(title));
        return new PageMeta
        {
            Title = title,
            Description = Describe(item),
            CanonicalPath = item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path : null,
            OgType = item.ContentType == CommitteeTypes.News ? "article" : "website",
            ImageUrl = image,
            Breadcrumbs = crumbs,
        };
    }

    private static string? Describe(ContentItem item)
    {
        var text = item.ContentType switch
        {
            CommitteeTypes.News => NewsPart.Of(item).LeadText,
            CommitteeTypes.Meeting => item.As<MeetingPart>()?.Summary,
            CommitteeTypes.Document => item.As<DocumentPart>() is { } document ? $"{document.Number}: {document.Summary}" : null,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text) && item.As<HtmlBodyPart>()?.Html is { Length: > 0 } html)
        {
            text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = Spaces().Replace(text, " ").Trim();
        if (text.Length <= 200)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 199);
        return text[..(cut > 0 ? cut : 199)] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
