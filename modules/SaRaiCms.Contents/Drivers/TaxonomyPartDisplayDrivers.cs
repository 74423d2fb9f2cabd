using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.Services;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;

namespace SaRaiCms.Contents.Drivers;

/// <summary>A taxonomy shows its terms, in tree order. Terms are edited as embedded items by the admin, not here.</summary>
public sealed class TaxonomyPartDisplayDriver : ContentPartDisplayDriver<TaxonomyPart>
{
    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(TaxonomyPart part, PartContext context)
    {
        var terms = TaxonomyTerms.Flatten(context.Build.ContentItem, context.TypePart.Name);
        return terms.Count == 0
            ? Shapes()
            : Shapes(Shape("TaxonomyPart", new TaxonomyPartViewModel { ContentItem = context.Build.ContentItem, Terms = terms }, context));
    }
}

/// <summary>Marks a term inside its taxonomy; it has no shapes of its own.</summary>
public sealed class TermPartDisplayDriver : ContentPartDisplayDriver<TermPart>
{
}
