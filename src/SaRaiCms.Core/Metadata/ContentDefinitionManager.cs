using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using SaRaiCms.ContentManagement;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Metadata;

/// <summary>
/// Reads definitions from a per-site cache; changes go to a private copy saved in the current
/// unit of work, and the cache is refreshed only after the commit.
/// </summary>
public sealed class ContentDefinitionManager(IDocumentSession session, IMemoryCache cache, ISiteAccessor site) : IContentDefinitionManager
{
    private ContentDefinitionDocument? _working;

    private string CacheKey => site.Current.CacheKey("content-definitions");

    private async Task<ContentDefinitionDocument> ReadAsync(CancellationToken cancellationToken)
    {
        if (_working is not null)
        {
            return _working;
        }

        if (cache.TryGetValue(CacheKey, out ContentDefinitionDocument? cached) && cached is not null)
        {
            return cached;
        }

        var document = await session.GetSingletonAsync<ContentDefinitionDocument>(cancellationToken) ?? new ContentDefinitionDocument();
        cache.Set(CacheKey, document);
        return document;
    }

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default)
        => (await ReadAsync(cancellationToken)).ContentTypes;

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken = default)
        => (await ReadAsync(cancellationToken)).ContentParts;

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default)
        => (await ReadAsync(cancellationToken)).ContentTypes.FirstOrDefault(t => t.Name == name);

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default)
        => (await ReadAsync(cancellationToken)).ContentParts.FirstOrDefault(p => p.Name == name);

    public async Task AlterAsync(Action<ContentDefinitionDocument> alter, CancellationToken cancellationToken = default)
    {
        if (_working is null)
        {
            // Work on a fresh copy from the store (not the shared cache), so a rollback leaves readers untouched.
            var stored = await session.GetSingletonAsync<ContentDefinitionDocument>(cancellationToken);
            _working = stored is null
                ? new ContentDefinitionDocument()
                : CopyOf(stored);
        }

        alter(_working);
        session.Save(_working);
        session.AfterCommit(() => cache.Remove(CacheKey));
    }

    private static ContentDefinitionDocument CopyOf(ContentDefinitionDocument stored)
    {
        var copy = ContentSerializer.Deserialize<ContentDefinitionDocument>(ContentSerializer.Serialize(stored));
        copy.Id = stored.Id;
        copy.DocumentVersion = stored.DocumentVersion;
        return copy;
    }

    public Task AlterTypeAsync(string name, Action<ContentTypeBuilder> build, CancellationToken cancellationToken = default)
        => AlterAsync(document =>
        {
            var type = document.ContentTypes.FirstOrDefault(t => t.Name == name);
            if (type is null)
            {
                type = new ContentTypeDefinition { Name = name, DisplayName = name };
                document.ContentTypes.Add(type);
            }

            build(new ContentTypeBuilder(type));
        }, cancellationToken);

    public Task AlterPartAsync(string name, Action<ContentPartBuilder> build, CancellationToken cancellationToken = default)
        => AlterAsync(document =>
        {
            var part = document.ContentParts.FirstOrDefault(p => p.Name == name);
            if (part is null)
            {
                part = new ContentPartDefinition { Name = name };
                document.ContentParts.Add(part);
            }

            build(new ContentPartBuilder(part));
        }, cancellationToken);

    /// <summary>Merges settings objects key by key, recursing into nested objects (Orchard's merge).</summary>
    public static void MergeSettings(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceObject && target[key] is JsonObject targetObject)
            {
                MergeSettings(targetObject, sourceObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
