using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Documents;

public sealed class DocumentsController : CommitteePageController
{
    [HttpGet("/van-ban")]
    public async Task<IActionResult> List(
        [FromServices] DocumentPages documents,
        [FromQuery(Name = "loai")] string? type = null,
        [FromQuery(Name = "nam")] string? year = null,
        [FromQuery(Name = "so")] string? number = null,
        [FromQuery] int page = 1,
        CancellationToken cancellationToken = default)
    {
        int? parsedYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200 ? y : null;
        return PageView("Documents", "DocumentList", await documents.ListAsync(type, parsedYear, number, page, cancellationToken));
    }
}
