namespace SaRaiCms.ContentManagement;

public sealed class ContentContext(ContentItem item, IServiceProvider services, CancellationToken cancellationToken)
{
    public ContentItem ContentItem { get; } = item;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}

public sealed class ValidateContentContext(ContentItem item, IServiceProvider services, CancellationToken cancellationToken)
{
    public ContentItem ContentItem { get; } = item;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public ContentValidationResult Result { get; } = new();
}

/// <summary>
/// Events raised by the content manager. Modules subscribe by registering a handler; override
/// only what you need. Handlers run in registration order.
/// </summary>
public abstract class ContentHandlerBase
{
    public virtual Task InitializingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;
    public virtual Task VersioningAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task PublishingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CloningAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ImportingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ImportedAsync(ContentContext context) => Task.CompletedTask;
}

/// <summary>A handler that runs only for items carrying part <typeparamref name="TPart"/>.</summary>
public abstract class ContentPartHandler<TPart> : ContentHandlerBase, IContentPartFilter where TPart : ContentPart
{
    public virtual string PartName => typeof(TPart).Name;
}

/// <summary>Limits a handler to items that carry a part attached under <see cref="PartName"/>.</summary>
public interface IContentPartFilter
{
    string PartName { get; }
}
