using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Organisations;

/// <summary>
/// The organisation's editor: its kind, its parent in the tree (never one of its own
/// descendants), when it existed, and what came before and after it.
/// </summary>
public sealed partial class OrganisationPartDisplayDriver
{
    protected override async Task<IEnumerable<ShapeResult>> EditAsync(OrganisationPart part, PartContext context)
    {
        var model = posted.Take<OrganisationPartEditViewModel>(context) ?? new OrganisationPartEditViewModel
        {
            Kind = part.Kind,
            ParentId = part.ParentId,
            ValidFrom = EditorInput.Date(part.ValidFrom),
            ValidTo = EditorInput.Date(part.ValidTo),
            PredecessorIds = [.. part.PredecessorIds],
            SuccessorId = part.SuccessorId,
            Address = part.Address,
            Phone = part.Phone,
            Email = part.Email,
        };
        model.Kinds = EditorChoices.Options(OrganisationKinds.Labels);
        model.Organisations = await choices.OrganisationOptionsAsync(null, context.Build.ContentItem.ContentItemId, context.Build.CancellationToken);
        return [Shape("OrganisationPart_Edit", model, context)];
    }

    protected override async Task UpdateAsync(OrganisationPart part, PartContext context, IUpdateModel updater)
    {
        var ct = context.Build.CancellationToken;
        var self = context.Build.ContentItem.ContentItemId;
        var model = new OrganisationPartEditViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        posted.Keep(context, model);
        var errors = new EditorErrors(updater, context.Prefix);
        var tree = (await choices.OrganisationTreeAsync(ct)).ToDictionary(o => o.Id);
        string Name(string id) => tree.TryGetValue(id, out var o) ? o.Name : id;

        var kind = EditorInput.Clean(model.Kind) ?? "";
        if (!OrganisationKinds.Labels.ContainsKey(kind))
        {
            errors.Add(nameof(model.Kind), "Chọn loại tổ chức.");
        }

        var parentId = EditorInput.Clean(model.ParentId);
        if (parentId is not null)
        {
            if (parentId == self)
            {
                errors.Add(nameof(model.ParentId), "Một tổ chức không thể là cấp trên của chính nó.");
            }
            else if (!tree.ContainsKey(parentId))
            {
                errors.Add(nameof(model.ParentId), "Không tìm thấy tổ chức cấp trên đã chọn.");
            }
            else if (Ancestors(parentId, tree).Contains(self))
            {
                errors.Add(nameof(model.ParentId), $"Không thể đặt {Name(parentId)} làm cấp trên: {Name(parentId)} đang trực thuộc tổ chức này, như vậy sẽ thành vòng lặp.");
            }
        }

        var (validFrom, validTo) = EditorRows.PeriodDates(model.ValidFrom, model.ValidTo, nameof(model.ValidFrom), nameof(model.ValidTo), errors);

        var successorId = EditorInput.Clean(model.SuccessorId);
        if (successorId is not null)
        {
            if (successorId == self)
            {
                errors.Add(nameof(model.SuccessorId), "Một tổ chức không thể kế tục chính nó.");
            }
            else if (!tree.ContainsKey(successorId))
            {
                errors.Add(nameof(model.SuccessorId), "Không tìm thấy tổ chức kế tục đã chọn.");
            }
        }

        var predecessorIds = (model.PredecessorIds ?? []).Select(EditorInput.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (predecessorIds.Contains(self))
        {
            errors.Add(nameof(model.PredecessorIds), "Một tổ chức không thể là tiền thân của chính nó.");
        }
        else if (predecessorIds.FirstOrDefault(id => !tree.ContainsKey(id)) is not null)
        {
            errors.Add(nameof(model.PredecessorIds), "Có tổ chức tiền thân đã chọn không còn tồn tại.");
        }
        else if (successorId is not null && predecessorIds.Contains(successorId))
        {
            errors.Add(nameof(model.PredecessorIds), $"{Name(successorId)} không thể vừa là tiền thân vừa là tổ chức kế tục.");
        }

        var email = EditorInput.Clean(model.Email);
        if (email is not null && !EditorInput.LooksLikeEmail(email))
        {
            errors.Add(nameof(model.Email), "Thư điện tử không hợp lệ, ví dụ: vanphong@sarai.vn.");
        }

        if (errors.Any)
        {
            return;
        }

        part.Kind = kind;
        part.ParentId = parentId;
        part.ValidFrom = validFrom;
        part.ValidTo = validTo;
        part.SuccessorId = successorId;
        part.PredecessorIds = predecessorIds;
        part.Address = EditorInput.Clean(model.Address);
        part.Phone = EditorInput.Clean(model.Phone);
        part.Email = email;
    }

    /// <summary>The organisation and its ancestors, from the stored tree; stops at a stored cycle.</summary>
    private static HashSet<string> Ancestors(string id, IReadOnlyDictionary<string, OrganisationChoice> tree)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = id; current is not null && seen.Add(current);)
        {
            current = tree.TryGetValue(current, out var organisation) ? organisation.ParentId : null;
        }

        return seen;
    }
}
