using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.Search.Indexing;

/// <summary>
/// Makes the <see cref="SearchDocument"/> of a published item from its type definition:
/// title (TitlePart, else the display text); lead (a TextField named "Lead" in any part);
/// body (HtmlBodyPart, MarkdownBodyPart, HtmlFields, MarkdownFields and the other TextFields,
/// HTML stripped); number (a TextField named "Number"); categories (TaxonomyField term names);
/// type, date (PublishedUtc) and link (AutoroutePart). Then every
/// <see cref="ISearchDocumentContributor"/> adds what its module knows. One instance per unit
/// of work: it remembers the taxonomies it has read or seen imported.
/// </summary>
public sealed class SearchDocumentBuilder(IServiceProvider services, HtmlText html, ITaxonomyTerms taxonomyTerms, IOptions<SearchOptions> options)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _taxonomies = new(StringComparer.Ordinal);

    /// <summary>The document to index, or null when the item is not indexed.</summary>
    public async Task<SearchDocument?> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await IndexedTypeAsync(item, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        var title = item.As<TitlePart>()?.Title is { Length: > 0 } t ? t : item.DisplayText;
        var document = new SearchDocument
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            ContentTypeDisplayName = string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName,
            Title = title,
            PublishedUtc = item.PublishedUtc,
        };
        document.AddText(SearchFields.Title, title);

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            switch (typePart.PartName)
            {
                case nameof(HtmlBodyPart):
                    document.AddText(SearchFields.Body, html.FromHtml(item.Get<HtmlBodyPart>(typePart.Name)?.Html));
                    break;
                case nameof(MarkdownBodyPart):
                    document.AddText(SearchFields.Body, html.FromMarkdown(item.Get<MarkdownBodyPart>(typePart.Name)?.Markdown));
                    break;
                case nameof(AutoroutePart):
                    if (item.Get<AutoroutePart>(typePart.Name)?.Path is { Length: > 0 } path)
                    {
                        document.Url = "/" + path.TrimStart('/');
                    }

                    break;
            }

            var part = item.Get<ContentPart>(typePart.Name);
            var partDefinition = part is null ? null : await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            foreach (var field in partDefinition?.ContentPartFieldDefinitionRecords ?? [])
            {
                await AddFieldAsync(document, part!, field, cancellationToken);
            }
        }

        var context = new SearchDocumentContext(item, document, services, cancellationToken);
        foreach (var contributor in services.GetServices<ISearchDocumentContributor>())
        {
            await contributor.ContributeAsync(context);
        }

        return document;
    }

    /// <summary>Remembers the terms of a taxonomy seen in this unit of work (imported before the items that use it).</summary>
    public void Remember(ContentItem taxonomy)
    {
        if (taxonomy.Has(nameof(TaxonomyPart)))
        {
            _taxonomies[taxonomy.ContentItemId] = taxonomyTerms.Flatten(taxonomy).ToDictionary(t => t.ContentItemId, t => t.Name, StringComparer.Ordinal);
        }
    }

    private async Task AddFieldAsync(SearchDocument document, ContentPart part, ContentPartFieldDefinition field, CancellationToken cancellationToken)
    {
        switch (field.FieldName)
        {
            case nameof(TextField):
                var text = part.Get<TextField>(field.Name)?.Text;
                document.AddText(field.Name switch
                {
                    "Lead" => SearchFields.Lead,
                    "Number" => SearchFields.Number,
                    _ => SearchFields.Body,
                }, text);
                break;
            case nameof(HtmlField):
                document.AddText(SearchFields.Body, html.FromHtml(part.Get<HtmlField>(field.Name)?.Html));
                break;
            case nameof(MarkdownField):
                document.AddText(SearchFields.Body, html.FromMarkdown(part.Get<MarkdownField>(field.Name)?.Markdown));
                break;
            case nameof(TaxonomyField):
                var taxonomyField = part.Get<TaxonomyField>(field.Name);
                if (taxonomyField is null || taxonomyField.TermContentItemIds.Length == 0)
                {
                    break;
                }

                var taxonomyId = taxonomyField.TaxonomyContentItemId is { Length: > 0 } id
                    ? id
                    : field.GetSettings<TaxonomyFieldSettings>().TaxonomyContentItemId;
                var terms = await TermsAsync(taxonomyId, cancellationToken);
                foreach (var termId in taxonomyField.TermContentItemIds)
                {
                    document.CategoryIds.Add(termId);
                    document.AddText(SearchFields.Category, terms.TryGetValue(termId, out var name) ? name : null);
                }

                break;
        }
    }

    private async Task<ContentTypeDefinition?> IndexedTypeAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (options.Value.ExcludedContentTypes.Contains(item.ContentType) || item.Has(nameof(TaxonomyPart)))
        {
            return null;
        }

        var type = await services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(item.ContentType, cancellationToken);
        return type is null || !string.IsNullOrEmpty(type.TypeSettings.Stereotype) ? null : type;
    }

    private async Task<IReadOnlyDictionary<string, string>> TermsAsync(string taxonomyId, CancellationToken cancellationToken)
    {
        if (taxonomyId.Length == 0)
        {
            return new Dictionary<string, string>();
        }

        if (_taxonomies.TryGetValue(taxonomyId, out var known))
        {
            return known;
        }

        var session = services.GetRequiredService<IDocumentSession>();
        var taxonomy = await session.FirstOrDefaultAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentItemId == taxonomyId && (i.Published || i.Latest)).OrderByDescending(i => i.Published),
            cancellationToken);
        if (taxonomy is null)
        {
            return _taxonomies[taxonomyId] = new Dictionary<string, string>();
        }

        Remember(taxonomy);
        return _taxonomies.TryGetValue(taxonomyId, out var terms) ? terms : new Dictionary<string, string>();
    }
}
