namespace SaRaiCms.Committee.Models;

/// <summary>The content type names the committee module defines.</summary>
public static class CommitteeTypes
{
    public const string Organisation = "Organisation";
    public const string Official = "Official";
    public const string Meeting = "Meeting";
    public const string TaskList = "TaskList";
    public const string Document = "Document";
    public const string News = "News";
    public const string Category = "Category";
    public const string Page = "Page";
}
