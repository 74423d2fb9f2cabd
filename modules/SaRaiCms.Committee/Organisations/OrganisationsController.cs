using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Organisations;

public sealed class OrganisationsController : CommitteePageController
{
    [HttpGet("/to-chuc")]
    public async Task<IActionResult> Tree([FromServices] OrganisationPages organisations, CancellationToken cancellationToken)
        => PageView("Organisations", "OrganisationTree", await organisations.TreeAsync(cancellationToken));
}
