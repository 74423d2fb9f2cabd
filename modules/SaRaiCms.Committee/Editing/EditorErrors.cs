namespace SaRaiCms.Committee.Editing;

/// <summary>
/// Messages for one part's editor, keyed "{Prefix}.{Property}" as the views' validation tags
/// read them; remembers whether this part (not another part of the form) has errors.
/// </summary>
public sealed class EditorErrors(IUpdateModel updater, string prefix)
{
    public string Key(string property) => $"{prefix}.{property}";

    public void Add(string property, string message) => updater.ModelState.AddModelError(Key(property), message);

    /// <summary>True when this part has a message, including binding errors MVC added under the prefix.</summary>
    public bool Any => updater.ModelState.Any(e => e.Value is { Errors.Count: > 0 } && e.Key.StartsWith(prefix + ".", StringComparison.Ordinal));
}
