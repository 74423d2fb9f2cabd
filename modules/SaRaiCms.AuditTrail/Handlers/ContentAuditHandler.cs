using SaRaiCms.AuditTrail.Models;
using SaRaiCms.AuditTrail.Services;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.AuditTrail.Handlers;

/// <summary>Publishing, unpublishing and deleting content, recorded in the content manager's unit of work.</summary>
public sealed class ContentAuditHandler(IAuditTrail audit) : ContentHandlerBase
{
    public override Task PublishedAsync(ContentContext context) => Record(context, AuditEventNames.Published);

    public override Task UnpublishedAsync(ContentContext context) => Record(context, AuditEventNames.Unpublished);

    public override Task RemovedAsync(ContentContext context) => Record(context, AuditEventNames.Removed);

    private Task Record(ContentContext context, string name)
    {
        audit.Record(AuditCategories.Content, name, content: context.ContentItem);
        return Task.CompletedTask;
    }
}
