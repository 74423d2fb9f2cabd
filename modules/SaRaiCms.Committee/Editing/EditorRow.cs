namespace SaRaiCms.Committee.Editing;

/// <summary>What every editable row has: its place in the list and a way to drop it without JavaScript.</summary>
public abstract class EditorRow
{
    /// <summary>"Thứ tự": rows are saved in this order (the script keeps it in step when rows are moved).</summary>
    public string? Order { get; set; }
    public bool Remove { get; set; }

    /// <summary>An untouched extra row: skipped when saving.</summary>
    public abstract bool IsBlank { get; }
}
