using SaRaiCms.Metadata;
using SaRaiCms.Store;

namespace SaRaiCms.ContentManagement;

/// <summary>
/// Orchard Core's content manager on our store. Each version of an item is a document; at most
/// one version is Latest and at most one is Published. Handlers run around every operation.
/// </summary>
public sealed class ContentManager(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    IEnumerable<ContentHandlerBase> handlers,
    IIdGenerator ids,
    TimeProvider clock,
    IServiceProvider services) : IContentManager
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(contentType, cancellationToken)
                   ?? throw new InvalidOperationException($"Unknown content type '{contentType}'.");
        var item = new ContentItem
        {
            ContentItemId = ids.GenerateUniqueId(),
            ContentItemVersionId = ids.GenerateUniqueId(),
            ContentType = type.Name,
        };
        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            item.Weld(part.Name, new ContentPart());
        }

        await InvokeAsync(item, (h, c) => h.InitializingAsync(c), cancellationToken);
        return item;
    }

    public async Task CreateAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default)
    {
        await RequireTypeAsync(item.ContentType, cancellationToken);
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ids.GenerateUniqueId();
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = ids.GenerateUniqueId();
        }

        var now = Now;
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = false;

        await InvokeAsync(item, (h, c) => h.CreatingAsync(c), cancellationToken);
        await ThrowIfInvalidAsync(item, cancellationToken);
        session.Save(item);
        await InvokeAsync(item, (h, c) => h.CreatedAsync(c), cancellationToken);

        if (!options.IsDraft)
        {
            await PublishAsync(item, cancellationToken);
        }
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var query = session.Query<ContentItemIndex>();
        if (options.VersionId is not null)
        {
            query = query.Where(i => i.ContentItemVersionId == options.VersionId);
        }
        else if (options.IsPublished)
        {
            query = query.Where(i => i.ContentItemId == contentItemId && i.Published);
        }
        else
        {
            query = query.Where(i => i.ContentItemId == contentItemId && i.Latest);
        }

        var item = await session.FirstOrDefaultAsync<ContentItem, ContentItemIndex>(query, cancellationToken);
        if (item is null || !options.IsDraftRequired || !item.Published)
        {
            return item;
        }

        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        return type?.TypeSettings.Draftable == true ? NewVersionOf(item) : item;
    }

    /// <summary>A new draft version based on <paramref name="item"/>; saved by <see cref="UpdateAsync"/>.</summary>
    private ContentItem NewVersionOf(ContentItem item)
    {
        var draft = item.Clone();
        draft.Id = 0;
        draft.DocumentVersion = 0;
        draft.ContentItemVersionId = ids.GenerateUniqueId();
        draft.Published = false;
        draft.Latest = true;
        draft.DraftBasedOn = $"{item.ContentItemVersionId}:{item.DocumentVersion}";
        return draft;
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
        => await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentItemId == contentItemId).OrderBy(i => i.Id), cancellationToken);

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var context = new ValidateContentContext(item, services, cancellationToken);
        foreach (var handler in handlers.Where(h => Applies(h, item)))
        {
            await handler.ValidatingAsync(context);
        }

        return context.Result;
    }

    public async Task<ContentValidationResult> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await RequireTypeAsync(item.ContentType, cancellationToken);
        var basedOn = item.DraftBasedOn;

        var current = await LatestAsync(item.ContentItemId, cancellationToken);
        if (item.Id == 0)
        {
            // A new draft of a published version: it must be based on what is latest now.
            var expected = current is null ? null : $"{current.ContentItemVersionId}:{current.DocumentVersion}";
            if (current is not null && basedOn is not null && basedOn != expected)
            {
                throw Stale(current);
            }
        }
        else if (current is not null && (current.Id != item.Id || current.DocumentVersion != item.DocumentVersion))
        {
            throw Stale(current);
        }

        item.ModifiedUtc = Now;
        await InvokeAsync(item, (h, c) => h.UpdatingAsync(c), cancellationToken);
        var result = await ValidateAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        if (item.Id == 0 && current is not null)
        {
            await InvokeAsync(item, (h, c) => h.VersioningAsync(c), cancellationToken);
            current.Latest = false;
            session.Save(current);
        }

        session.Save(item);
        await InvokeAsync(item, (h, c) => h.UpdatedAsync(c), cancellationToken);
        return result;
    }

    private static ContentConcurrencyException Stale(ContentItem current)
        => new($"“{current.DisplayText}” was changed by {NameOf(current)} at {current.ModifiedUtc:yyyy-MM-dd HH:mm} UTC after you opened it. Your changes were not saved; reload to see the other changes, then apply yours again.");

    private static string NameOf(ContentItem item) => string.IsNullOrEmpty(item.Author) ? "another user" : item.Author;

    public async Task PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await InvokeAsync(item, (h, c) => h.PublishingAsync(c), cancellationToken);
        var others = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentItemId == item.ContentItemId && (i.Published || i.Latest)), cancellationToken);
        foreach (var other in others.Where(o => !ReferenceEquals(o, item) && o.ContentItemVersionId != item.ContentItemVersionId))
        {
            other.Published = false;
            other.Latest = false;
            session.Save(other);
        }

        item.Published = true;
        item.Latest = true;
        item.PublishedUtc = Now;
        session.Save(item);
        await InvokeAsync(item, (h, c) => h.PublishedAsync(c), cancellationToken);
    }

    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var published = item.Published
            ? item
            : await GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        if (published is null)
        {
            return;
        }

        await InvokeAsync(published, (h, c) => h.UnpublishingAsync(c), cancellationToken);
        published.Published = false;
        session.Save(published);
        await InvokeAsync(published, (h, c) => h.UnpublishedAsync(c), cancellationToken);
    }

    public async Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await InvokeAsync(item, (h, c) => h.RemovingAsync(c), cancellationToken);
        var versions = await session.ListAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentItemId == item.ContentItemId && (i.Published || i.Latest)), cancellationToken);
        foreach (var version in versions.Append(item).Distinct())
        {
            version.Published = false;
            version.Latest = false;
            session.Save(version);
        }

        await InvokeAsync(item, (h, c) => h.RemovedAsync(c), cancellationToken);
    }

    public async Task<ContentItem> CloneAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var clone = item.Clone();
        clone.Id = 0;
        clone.DocumentVersion = 0;
        clone.ContentItemId = ids.GenerateUniqueId();
        clone.ContentItemVersionId = ids.GenerateUniqueId();
        clone.CreatedUtc = null;
        clone.PublishedUtc = null;
        await InvokeAsync(clone, (h, c) => h.CloningAsync(c), cancellationToken);
        await CreateAsync(clone, VersionOptions.Draft, cancellationToken);
        return clone;
    }

    public async Task ImportAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await RequireTypeAsync(item.ContentType, cancellationToken);
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ids.GenerateUniqueId();
        }

        await InvokeAsync(item, (h, c) => h.ImportingAsync(c), cancellationToken);

        ContentItem? existing = null;
        if (!string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            existing = await GetAsync(item.ContentItemId, VersionOptions.ByVersion(item.ContentItemVersionId), cancellationToken);
        }
        else
        {
            item.ContentItemVersionId = ids.GenerateUniqueId();
        }

        if (existing is not null)
        {
            if (ContentSerializer.Serialize(existing) == ContentSerializer.Serialize(item))
            {
                return;
            }

            item.Id = existing.Id;
            item.DocumentVersion = existing.DocumentVersion;
        }

        if (item.Published || item.Latest)
        {
            // The imported version takes over: earlier published and draft versions retire.
            var others = await session.ListAsync<ContentItem, ContentItemIndex>(
                session.Query<ContentItemIndex>().Where(i => i.ContentItemId == item.ContentItemId && (i.Published || i.Latest)), cancellationToken);
            foreach (var other in others.Where(o => o.ContentItemVersionId != item.ContentItemVersionId))
            {
                if (item.Published)
                {
                    other.Published = false;
                }

                if (item.Latest)
                {
                    other.Latest = false;
                }

                session.Save(other);
            }
        }

        var result = await ValidateAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            throw new ContentValidationException(result);
        }

        session.Save(item);
        await InvokeAsync(item, (h, c) => h.ImportedAsync(c), cancellationToken);
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => SaveAsync(cancellationToken);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentConcurrencyException ex)
        {
            throw new ContentConcurrencyException("Someone else saved this item at the same moment. Your changes were not saved; reload and apply them again. (" + ex.Message + ")");
        }
    }

    private Task<ContentItem?> LatestAsync(string contentItemId, CancellationToken cancellationToken)
        => session.FirstOrDefaultAsync<ContentItem, ContentItemIndex>(
            session.Query<ContentItemIndex>().Where(i => i.ContentItemId == contentItemId && i.Latest), cancellationToken);

    private async Task ThrowIfInvalidAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var result = await ValidateAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            throw new ContentValidationException(result);
        }
    }

    private async Task RequireTypeAsync(string contentType, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(contentType, cancellationToken) is null)
        {
            throw new InvalidOperationException($"Unknown content type '{contentType}'.");
        }
    }

    private static bool Applies(ContentHandlerBase handler, ContentItem item)
        => handler is not IContentPartFilter filter || item.Has(filter.PartName);

    private async Task InvokeAsync(ContentItem item, Func<ContentHandlerBase, ContentContext, Task> action, CancellationToken cancellationToken)
    {
        var context = new ContentContext(item, services, cancellationToken);
        foreach (var handler in handlers.Where(h => Applies(h, item)))
        {
            await action(handler, context);
        }
    }
}
