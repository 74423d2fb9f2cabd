namespace SaRaiCms.Media;

/// <summary>How a stored file is linked from a page: its URL and, for images, a srcset of derived sizes.</summary>
public sealed record MediaFileLink(string Url, string? SrcSet, int? Width, int? Height);

/// <summary>
/// Implemented by the media library: the versioned URL and responsive sizes of files it holds.
/// Without it (or for a path it does not know) fields link to <c>/media/{path}</c> as stored.
/// </summary>
public interface IMediaFileLinks
{
    Task<IReadOnlyDictionary<string, MediaFileLink>> GetAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken);
}
