using System.Text.Json.Nodes;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Contents.Services;

public static class TaxonomyTerms
{
    /// <summary>
    /// The terms of a taxonomy item in tree order. Top-level terms are the TaxonomyPart's Terms;
    /// as in Orchard Core, a term's children are a "Terms" array on the term item itself.
    /// </summary>
    public static IReadOnlyList<TaxonomyTerm> Flatten(ContentItem taxonomy, string partName = nameof(TaxonomyPart))
    {
        var result = new List<TaxonomyTerm>();
        Add(taxonomy.Get<TaxonomyPart>(partName)?.Terms ?? [], 0, result);
        return result;
    }

    /// <summary>What to call an item (a term, an embedded item): its display text, else its title, else its id.</summary>
    public static string NameOf(ContentItem item)
        => item.DisplayText is { Length: > 0 } text ? text : item.As<TitlePart>()?.Title is { Length: > 0 } title ? title : item.ContentItemId;

    private static void Add(IEnumerable<ContentItem> terms, int level, List<TaxonomyTerm> result)
    {
        // Bounded depth: a malformed import cannot recurse without end.
        if (level > 16)
        {
            return;
        }

        foreach (var term in terms)
        {
            if (term.ContentItemId.Length > 0)
            {
                result.Add(new TaxonomyTerm(term.ContentItemId, NameOf(term), level));
            }

            if (term.Content["Terms"] is JsonArray children)
            {
                Add(children.OfType<JsonObject>().Select(o => ContentItemJsonConverter.FromJson(o, ContentSerializer.Options)), level + 1, result);
            }
        }
    }
}

/// <summary>The <see cref="ITaxonomyTerms"/> contract other modules use.</summary>
public sealed class TaxonomyTermReader : ITaxonomyTerms
{
    public IReadOnlyList<TaxonomyTerm> Flatten(ContentItem taxonomy) => TaxonomyTerms.Flatten(taxonomy);

    public string NameOf(ContentItem term) => TaxonomyTerms.NameOf(term);
}
