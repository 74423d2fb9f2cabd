using SaRaiCms.Committee.Site;

namespace SaRaiCms.Committee.Organisations;

public sealed class OrganisationNode
{
    public required string Name { get; init; }
    public string? Url { get; init; }
    public required string KindLabel { get; init; }

    /// <summary>"Từ 1/7/2025", "Đến 30/6/2025", "1/7/2020 – 30/6/2025" or null.</summary>
    public string? Validity { get; init; }

    /// <summary>No longer exists (its last day is past).</summary>
    public bool Defunct { get; init; }
    public ItemLink? Successor { get; init; }
    public IReadOnlyList<OrganisationNode> Children { get; init; } = [];
}

public sealed class OrganisationTreePageViewModel : PageViewModel
{
    public IReadOnlyList<OrganisationNode> Roots { get; init; } = [];
}
