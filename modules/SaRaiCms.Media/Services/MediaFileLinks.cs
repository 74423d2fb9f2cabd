
namespace SaRaiCms.Media.Services;

/// <summary>Gives MediaFields the library's versioned URLs and srcsets, in one query for all the field's paths.</summary>
public sealed class MediaFileLinks(MediaLibrary library) : IMediaFileLinks
{
    public async Task<IReadOnlyDictionary<string, MediaFileLink>> GetAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken)
    {
        var items = await library.GetManyAsync(paths, cancellationToken);
        return items.ToDictionary(
            p => p.Key,
            p => new MediaFileLink(
                MediaUrls.Url(p.Value),
                p.Value.Widths.Count > 0 ? MediaUrls.SrcSet(p.Value) : null,
                p.Value.Width > 0 ? p.Value.Width : null,
                p.Value.Height > 0 ? p.Value.Height : null),
            StringComparer.Ordinal);
    }
}
