namespace SaRaiCms.Display;

/// <summary>
/// Which shapes a content display leaves out, like Orchard Core's placement "-": a module or
/// theme whose template shows a field itself (or does not show a part at all in a display
/// type) hides the shape, and the display manager then does not run its driver, so a page
/// does no work (queries included) for shapes nobody renders. Editors are never affected.
/// </summary>
public sealed class ShapePlacementOptions
{
    private readonly HashSet<(string ContentType, string DisplayType, string Part, string? Field)> _hidden = [];

    /// <summary>
    /// Hides <paramref name="fields"/> of <paramref name="part"/> (by the part's name on the type, or
    /// the part definition's for a type's own part) when <paramref name="contentType"/> is shown as
    /// <paramref name="displayType"/>; with no fields, the part's own shape and all its fields.
    /// </summary>
    public ShapePlacementOptions Hide(string contentType, string displayType, string part, params string[] fields)
    {
        if (fields.Length == 0)
        {
            _hidden.Add((contentType, displayType, part, null));
        }

        foreach (var field in fields)
        {
            _hidden.Add((contentType, displayType, part, field));
        }

        return this;
    }

    public bool IsPartHidden(string contentType, string displayType, string part)
        => _hidden.Count > 0 && _hidden.Contains((contentType, displayType, part, null));

    public bool IsFieldHidden(string contentType, string displayType, string part, string field)
        => _hidden.Count > 0 && (_hidden.Contains((contentType, displayType, part, null)) || _hidden.Contains((contentType, displayType, part, field)));
}
