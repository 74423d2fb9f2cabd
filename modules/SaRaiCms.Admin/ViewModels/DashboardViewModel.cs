namespace SaRaiCms.Admin.ViewModels;

public sealed class DashboardViewModel
{
    public required string UserName { get; init; }
    public required IReadOnlyList<AdminMenuSection> Sections { get; init; }
}
