using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Admin;
using SaRaiCms.Committee.Documents;
using SaRaiCms.Committee.Meetings;
using SaRaiCms.Committee.Officials;
using SaRaiCms.Contents.Security;
using SaRaiCms.Modules;

namespace SaRaiCms.Committee.Editing;

/// <summary>
/// The JSON the committee editors' script asks for while an editor types: the titles officials
/// held on a meeting's date, and the verdict on a document number. Only for people who may
/// write meetings or documents; anonymous requests are sent to the sign-in page.
/// </summary>
[Admin]
[Authorize(Policy = "perm:AccessAdmin")]
[RequiresFeature(CommitteeTypes.FeatureId)]
public sealed class EditorLookupController(IContentAuthorizer authorizer) : Controller
{
    public const string OfficialTitlesPath = AdminPaths.Prefix + "/committee/official-titles";
    public const string DocumentNumberPath = AdminPaths.Prefix + "/committee/document-number";

    /// <summary>Most ids a request may ask for (a meeting has a few dozen participants at most).</summary>
    private const int MaxIds = 200;

    /// <summary>GET ?ids=a,b&amp;date=2023-06-28 (or ids repeated): {date, titles: {id: "Huyện ủy viên, Bí thư Đảng ủy thị trấn"}}.</summary>
    [HttpGet(OfficialTitlesPath)]
    public async Task<IActionResult> OfficialTitles([FromServices] OfficialTitles titles, [FromQuery] string[]? ids, [FromQuery] string? date, CancellationToken cancellationToken)
    {
        if (!await authorizer.CanCreateAsync(User, CommitteeTypes.Meeting, cancellationToken))
        {
            return Forbid();
        }

        if (EditorInput.Clean(date) is null || !EditorInput.TryDate(date, out var day))
        {
            return BadRequest(new { message = EditorInput.DateMessage });
        }

        var officialIds = (ids ?? []).SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).Take(MaxIds).ToList();
        var held = await titles.HeldOnAsync(officialIds, day!.Value, cancellationToken);
        return Json(new
        {
            date = EditorInput.Date(day),
            titles = officialIds.ToDictionary(
                id => id,
                id => held.GetValueOrDefault(id) is { Count: > 0 } positions ? Officials.OfficialTitles.Line(positions) : MeetingPartDisplayDriver.NoTitle(day.Value)),
        });
    }

    /// <summary>GET ?number=45-NQ/ĐU&amp;type=Nghị quyết[&amp;date=2023-06-30&amp;id=…]: {valid, message, normalised}.</summary>
    [HttpGet(DocumentNumberPath)]
    public async Task<IActionResult> DocumentNumber([FromServices] DocumentNumberCheck check, [FromQuery] string? number, [FromQuery] string? type, [FromQuery] string? date, [FromQuery] string? id, CancellationToken cancellationToken)
    {
        if (!await authorizer.CanCreateAsync(User, CommitteeTypes.Document, cancellationToken))
        {
            return Forbid();
        }

        EditorInput.TryDate(date, out var issued);
        var verdict = await check.CheckAsync(number, type, issued, EditorInput.Clean(id), cancellationToken);
        return Json(new { valid = verdict.Valid, message = verdict.Message, normalised = verdict.Normalised });
    }
}
