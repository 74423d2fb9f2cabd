using System.Text.Json.Serialization;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Committee.News;

/// <summary>
/// The News type's own part, as Orchard Core stores a part named after its type: an object
/// <c>"News"</c> whose properties are standard fields (defined in CommitteeMigration, editable in
/// the content type editor). This class is a typed view of that object: a field that is absent
/// stays absent when the part is written back, and fields an editor added live in <see cref="ContentElement.Data"/>.
/// </summary>
public sealed class NewsPart : ContentPart
{
    /// <summary>The stored part's name: the content type's own part.</summary>
    public const string Name = CommitteeTypes.News;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TextField? Lead { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TextField? Byline { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateTimeField? Date { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TaxonomyField? Category { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public MediaField? FeaturedImage { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ContentPickerField? RelatedMeeting { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ContentPickerField? Officials { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ContentPickerField? Documents { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public BooleanField? Featured { get; set; }

    /// <summary>The fields this part's own shapes show; their field shapes are hidden on the article page.</summary>
    public static readonly IReadOnlyList<string> FieldsShownByPart =
        [nameof(Lead), nameof(Byline), nameof(Date), nameof(Category), nameof(FeaturedImage), nameof(RelatedMeeting), nameof(Officials), nameof(Documents), nameof(Featured)];

    /// <summary>The News part of <paramref name="item"/> (empty when the item has none).</summary>
    public static NewsPart Of(ContentItem item) => item.Get<NewsPart>(Name) ?? new NewsPart();

    public string? LeadText => Lead?.Text is { Length: > 0 } text && text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    public string? BylineText => Byline?.Text is { Length: > 0 } text && text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    public IReadOnlyList<string> CategoryIds => Category?.TermContentItemIds ?? [];

    public string? RelatedMeetingId => RelatedMeeting?.ContentItemIds.FirstOrDefault();

    public IReadOnlyList<string> OfficialIds => Officials?.ContentItemIds ?? [];

    public IReadOnlyList<string> DocumentIds => Documents?.ContentItemIds ?? [];

    public bool IsFeatured => Featured?.Value ?? false;

    /// <summary>The article's date (UTC): its Date field, else when it was published, else created.</summary>
    public DateTime? DateUtc(ContentItem item) => Date?.Value ?? item.PublishedUtc ?? item.CreatedUtc;

    /// <summary>The featured image's URL and alternative text, when its path is a safe media path.</summary>
    public (string Url, string Alt)? Image()
    {
        if (FeaturedImage is not { Paths.Length: > 0 } media || !SafeUrl.IsAllowedMediaPath(media.Paths[0]))
        {
            return null;
        }

        var alt = media.MediaTexts is { Length: > 0 } texts ? texts[0] ?? "" : "";
        return (SafeUrl.MediaUrl(media.Paths[0]), alt);
    }
}
