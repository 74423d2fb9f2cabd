using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Officials;

public sealed class LeadershipController : CommitteePageController
{
    [HttpGet("/lanh-dao")]
    public async Task<IActionResult> Leadership([FromServices] LeadershipPages leadership, CancellationToken cancellationToken)
        => PageView("Officials", "Leadership", await leadership.PageAsync(cancellationToken));
}
