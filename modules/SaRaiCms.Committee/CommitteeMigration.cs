using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.News;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Committee.Organisations;
using SaRaiCms.Committee.Tasks;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee;

/// <summary>
/// The committee's index tables and content types. Types are made of standard parts and
/// fields where they suffice (News, Page) and of the module's own parts where behaviour needs
/// code (positions over time, meeting roles and indicators, task status, document numbers).
/// </summary>
public sealed class CommitteeMigration : DataMigration
{
    public override string FeatureId => "SaRaiCms.Committee";

    public override IReadOnlyList<Func<MigrationContext, Task>> Steps { get; } = [CreateAsync, CreateNewsViewCountAsync, CreateNewsByDateIndexAsync];

    private static async Task CreateAsync(MigrationContext context)
    {
        var ct = context.CancellationToken;
        await context.Schema.CreateMapIndexTableAsync<MeetingIndex>(ct);
        await context.Schema.CreateMapIndexTableAsync<PositionIndex>(ct);
        await context.Schema.CreateMapIndexTableAsync<TaskIndex>(ct);
        await context.Schema.CreateMapIndexTableAsync<DocumentIndex>(ct);
        await context.Schema.CreateMapIndexTableAsync<OrganisationIndex>(ct);
        await context.Schema.CreateMapIndexTableAsync<NewsIndex>(ct);

        var definitions = context.Definitions;
        await definitions.AlterTypeAsync(CommitteeTypes.Page, type => Routed(type.DisplayedAs("Trang"), "{{ ContentItem.DisplayText | slugify }}", customPath: true)
            .WithPart(nameof(HtmlBodyPart)), ct);

        await definitions.AlterTypeAsync("Taxonomy", type => type.DisplayedAs("Danh mục").Creatable().Listable()
            .WithPart(nameof(TitlePart)).WithPart(nameof(TaxonomyPart)), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.Category, type => type.DisplayedAs("Chuyên mục")
            .WithPart(nameof(TitlePart)).WithPart(nameof(TermPart)), ct);

        await definitions.AlterTypeAsync(CommitteeTypes.Organisation, type => Routed(type.DisplayedAs("Tổ chức"), "to-chuc/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(nameof(OrganisationPart)).WithPart(nameof(HtmlBodyPart)), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.Official, type => Routed(type.DisplayedAs("Cán bộ"), "can-bo/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(nameof(OfficialPart)).WithPart(nameof(HtmlBodyPart)), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.Meeting, type => Routed(type.DisplayedAs("Hội nghị"), "hoi-nghi/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(nameof(MeetingPart)).WithPart(nameof(HtmlBodyPart)), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.TaskList, type => Routed(type.DisplayedAs("Chương trình nhiệm vụ"), "nhiem-vu/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(nameof(TaskListPart)), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.Document, type => Routed(type.DisplayedAs("Văn bản"), "van-ban/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(nameof(DocumentPart)), ct);

        // News is made only of standard parts and fields.
        await definitions.AlterPartAsync(CommitteeTypes.News, part => part
            .WithField("Lead", nameof(TextField), "Sapô", f => f.PutSettings(new TextFieldSettings { Required = true, MaxLength = 600 }))
            .WithField("Byline", nameof(TextField), "Tác giả")
            .WithField("Date", nameof(DateTimeField), "Ngày đăng")
            .WithField("Category", nameof(TaxonomyField), "Chuyên mục")
            .WithField("FeaturedImage", nameof(MediaField), "Ảnh đại diện", f => f.PutSettings(new MediaFieldSettings { Multiple = false }))
            .WithField("RelatedMeeting", nameof(ContentPickerField), "Hội nghị liên quan",
                f => f.PutSettings(new ContentPickerFieldSettings { DisplayedContentTypes = [CommitteeTypes.Meeting] }))
            .WithField("Officials", nameof(ContentPickerField), "Cán bộ liên quan",
                f => f.PutSettings(new ContentPickerFieldSettings { Multiple = true, DisplayedContentTypes = [CommitteeTypes.Official] }))
            .WithField("Documents", nameof(ContentPickerField), "Văn bản liên quan",
                f => f.PutSettings(new ContentPickerFieldSettings { Multiple = true, DisplayedContentTypes = [CommitteeTypes.Document] }))
            .WithField("Featured", nameof(BooleanField), "Tin nổi bật"), ct);
        await definitions.AlterTypeAsync(CommitteeTypes.News, type => Routed(type.DisplayedAs("Tin tức"), "tin-tuc/{{ ContentItem.DisplayText | slugify }}")
            .WithPart(CommitteeTypes.News).WithPart(nameof(HtmlBodyPart)), ct);
    }

    /// <summary>Creatable, listable, draftable, versioned, with a required title and a path from the pattern.</summary>
    private static ContentTypeBuilder Routed(ContentTypeBuilder type, string pattern, bool customPath = false)
        => type.Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart(nameof(TitlePart), p => p.PutSettings(new TitlePartSettings { Options = TitlePartOptions.EditableRequired }))
            .WithPart(nameof(AutoroutePart), p => p.PutSettings(new AutoroutePartSettings { Pattern = pattern, AllowCustomPath = customPath }));

    /// <summary>Step 2: the news view counter, a table of its own so that counting a view never makes a content version.</summary>
    private static Task CreateNewsViewCountAsync(MigrationContext context)
        => context.Schema.CreateMapIndexTableAsync<NewsViewCount>(context.CancellationToken);

    /// <summary>Step 3: the published news by date, for the news list, the home page and the feed.</summary>
    private static Task CreateNewsByDateIndexAsync(MigrationContext context)
        => context.Schema.CreateIndexAsync<NewsIndex>(NewsIndexProvider.PublishedByDateIndex, context.CancellationToken);
}
