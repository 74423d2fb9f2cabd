namespace SaRaiCms.Store;

/// <summary>A document kept as JSON in the store's documents table.</summary>
public interface IDocument
{
    /// <summary>The row id, 0 until first saved.</summary>
    long Id { get; set; }

    /// <summary>The row version read; an update from an older version is refused.</summary>
    int DocumentVersion { get; set; }
}

/// <summary>
/// A row of a map index table: a queryable projection of one document, rewritten in the
/// same transaction every time the document is saved.
/// </summary>
public abstract class MapIndex
{
    public long Id { get; set; }

    public long DocumentId { get; set; }
}

public sealed class DocumentConcurrencyException(string message, Exception? inner = null) : Exception(message, inner);
