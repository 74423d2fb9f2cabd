using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Meetings;

public sealed class MeetingsController : CommitteePageController
{
    [HttpGet("/hoi-nghi")]
    public async Task<IActionResult> List([FromServices] MeetingPages meetings, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
        => PageView("Meetings", "MeetingList", await meetings.ListAsync(page, cancellationToken));
}
