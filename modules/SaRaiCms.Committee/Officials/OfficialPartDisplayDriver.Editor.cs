using SaRaiCms.Committee.Common;
using SaRaiCms.Committee.Editing;

namespace SaRaiCms.Committee.Officials;

/// <summary>
/// The official's editor: contact details and the positions held over time. The row order is
/// the order titles are written in ("Huyện ủy viên, Bí thư Đảng ủy thị trấn").
/// </summary>
public sealed partial class OfficialPartDisplayDriver
{
    protected override async Task<IEnumerable<ShapeResult>> EditAsync(OfficialPart part, PartContext context)
    {
        var model = posted.Take<OfficialPartEditViewModel>(context) ?? FromPart(part);
        model.Organisations = await choices.OrganisationOptionsAsync(null, null, context.Build.CancellationToken);
        EditorRows.EnsureBlank(model.Positions);
        EditorRows.Number(model.Positions);
        return [Shape("OfficialPart_Edit", model, context)];
    }

    protected override async Task UpdateAsync(OfficialPart part, PartContext context, IUpdateModel updater)
    {
        var ct = context.Build.CancellationToken;
        var model = new OfficialPartEditViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        posted.Keep(context, model);
        var errors = new EditorErrors(updater, context.Prefix);

        var email = EditorInput.Clean(model.Email);
        if (email is not null && !EditorInput.LooksLikeEmail(email))
        {
            errors.Add(nameof(model.Email), "Thư điện tử không hợp lệ, ví dụ: vanphong@sarai.vn.");
        }

        var organisations = (await choices.OrganisationTreeAsync(ct)).ToDictionary(o => o.Id);
        var positions = new List<(int Index, Position Position)>();
        foreach (var (index, row) in EditorInput.Ordered(model.Positions, r => r.Order, (_, r) => !r.Remove && !r.IsBlank))
        {
            var key = $"{nameof(model.Positions)}[{index}]";
            var valid = true;
            void Error(string property, string message)
            {
                errors.Add($"{key}.{property}", message);
                valid = false;
            }

            if (!EditorInput.IsValidOrder(row.Order))
            {
                Error(nameof(row.Order), EditorInput.OrderMessage);
            }

            var title = EditorInput.Clean(row.Title);
            if (title is null)
            {
                Error(nameof(row.Title), "Chức danh là bắt buộc (hoặc đánh dấu xóa dòng này).");
            }

            var organisationId = EditorInput.Clean(row.OrganisationId);
            if (organisationId is null)
            {
                Error(nameof(row.OrganisationId), "Chọn tổ chức của chức vụ.");
            }
            else if (!organisations.ContainsKey(organisationId))
            {
                Error(nameof(row.OrganisationId), "Không tìm thấy tổ chức đã chọn.");
            }

            DateTime? start = null;
            if (EditorInput.Clean(row.StartDate) is null)
            {
                Error(nameof(row.StartDate), "Ngày bắt đầu là bắt buộc.");
            }
            else if (!EditorInput.TryDate(row.StartDate, out start))
            {
                Error(nameof(row.StartDate), EditorInput.DateMessage);
            }

            if (!EditorInput.TryDate(row.EndDate, out var end))
            {
                Error(nameof(row.EndDate), EditorInput.DateMessage);
            }
            else if (start is { } s && end is { } e && e < s)
            {
                Error(nameof(row.EndDate), $"Ngày thôi giữ chức vụ ({VietnameseFormat.ShortDate(e)}) không được trước ngày bắt đầu ({VietnameseFormat.ShortDate(s)}).");
            }

            if (!valid)
            {
                continue;
            }

            var position = new Position { Title = title!, OrganisationId = organisationId!, StartDate = start!.Value, EndDate = end, Term = EditorInput.Clean(row.Term) };
            var same = positions.FirstOrDefault(p => SameTitle(p.Position, position) && Overlap(p.Position, position));
            if (same.Position is not null)
            {
                Error(nameof(row.StartDate), $"Trùng với dòng {same.Index + 1}: cùng chức danh “{title}” tại {organisations[organisationId!].Name} trong cùng thời gian. Sửa ngày, hoặc xóa một dòng.");
                continue;
            }

            positions.Add((index, position));
        }

        if (errors.Any)
        {
            return;
        }

        part.PhotoPath = EditorInput.Clean(model.PhotoPath);
        part.PhotoAlt = EditorInput.Clean(model.PhotoAlt);
        part.Phone = EditorInput.Clean(model.Phone);
        part.Email = email;
        part.Positions = positions.Select((p, order) =>
        {
            p.Position.Order = order;
            return p.Position;
        }).ToList();
    }

    private static bool SameTitle(Position a, Position b)
        => a.OrganisationId == b.OrganisationId && string.Equals(a.Title, b.Title, StringComparison.CurrentCultureIgnoreCase);

    private static bool Overlap(Position a, Position b)
        => a.StartDate <= (b.EndDate ?? DateTime.MaxValue) && b.StartDate <= (a.EndDate ?? DateTime.MaxValue);

    private static OfficialPartEditViewModel FromPart(OfficialPart part)
    {
        var model = new OfficialPartEditViewModel
        {
            PhotoPath = part.PhotoPath,
            PhotoAlt = part.PhotoAlt,
            Phone = part.Phone,
            Email = part.Email,
            Positions = part.Positions.OrderBy(p => p.Order).ThenBy(p => p.StartDate).Select(p => new PositionRowInput
            {
                Title = p.Title,
                OrganisationId = p.OrganisationId,
                StartDate = EditorInput.Date(p.StartDate),
                EndDate = EditorInput.Date(p.EndDate),
                Term = p.Term,
            }).ToList(),
        };
        for (var i = 0; i < EditorRows.Extra; i++)
        {
            model.Positions.Add(new PositionRowInput());
        }

        return model;
    }
}
