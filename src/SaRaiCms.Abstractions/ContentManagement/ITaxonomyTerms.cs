namespace SaRaiCms.ContentManagement;

/// <summary>A term of a taxonomy, with its depth in the tree (0 for a top-level term).</summary>
public sealed record TaxonomyTerm(string ContentItemId, string Name, int Level);

/// <summary>Reads the terms of a taxonomy item (Orchard Core's TaxonomyPart, terms nested as content items).</summary>
public interface ITaxonomyTerms
{
    /// <summary>Every term of <paramref name="taxonomy"/> in tree order.</summary>
    IReadOnlyList<TaxonomyTerm> Flatten(ContentItem taxonomy);

    /// <summary>The name a term shows (its title, else its display text).</summary>
    string NameOf(ContentItem term);
}
