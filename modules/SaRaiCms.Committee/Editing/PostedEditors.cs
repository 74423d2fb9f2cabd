namespace SaRaiCms.Committee.Editing;

/// <summary>
/// What was posted to a part's editor in this request. After an update the editor is
/// re-rendered from the posted model, not from the part: an invalid form leaves the part
/// unchanged yet shows every row as typed, with each message next to its input.
/// </summary>
public sealed class PostedEditors
{
    private readonly Dictionary<(string Item, string Prefix), object> _posted = [];

    public void Keep(PartContext context, object model) => _posted[KeyOf(context)] = model;

    /// <summary>The posted model for this part, once; null when the editor is built from the stored part.</summary>
    public T? Take<T>(PartContext context) where T : class
        => _posted.Remove(KeyOf(context), out var model) ? model as T : null;

    private static (string, string) KeyOf(PartContext context) => (context.Build.ContentItem.ContentItemId, context.Prefix);
}
