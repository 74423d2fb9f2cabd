using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Tasks;

public sealed class TasksController : CommitteePageController
{
    [HttpGet("/nhiem-vu")]
    public async Task<IActionResult> Overview([FromServices] TaskPages tasks, [FromQuery(Name = "trang-thai")] string? status = null, CancellationToken cancellationToken = default)
        => await tasks.PageAsync(status, cancellationToken) is { } model ? PageView("Tasks", "TaskOverview", model) : NotFoundPage();
}
